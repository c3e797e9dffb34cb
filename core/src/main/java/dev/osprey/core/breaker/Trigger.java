package dev.osprey.core.breaker;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * One line of breaker configuration: when {@code condition} reaches {@code threshold}, take {@code action} and hold
 * it for {@code cooldown}. A trigger that cannot work is refused here, with its name and what to fix, so a bad
 * config fails at start-up rather than silently never tripping.
 *
 * @param threshold null for {@link Condition#MANUAL}, which has none
 */
public record Trigger(String name, Condition condition, BigDecimal threshold, BreakerAction action,
                      Cooldown cooldown) {
    public Trigger {
        if (name == null || name.isBlank()) {
            throw new BreakerConfigException("a trigger needs a name");
        }
        String at = "trigger '" + name + "': ";
        if (condition == null || action == null || cooldown == null) {
            throw new BreakerConfigException(at + "needs a condition, an action and a cooldown");
        }
        String bad = condition.checkThreshold(threshold).orElse(null);
        if (bad != null) {
            throw new BreakerConfigException(at + condition + " " + bad);
        }
        if (action == BreakerAction.HALT_VENUE && !condition.perVenue()) {
            throw new BreakerConfigException(at + "HALT_VENUE needs a per-venue condition (API_ERROR_RATE,"
                    + " API_LATENCY_MS, HEARTBEAT_MISSED_INTERVALS), got " + condition);
        }
        if (action == BreakerAction.CLOSE_CORRELATED && condition != Condition.CORRELATION) {
            throw new BreakerConfigException(at + "CLOSE_CORRELATED needs the CORRELATION condition, got "
                    + condition);
        }
        // The gate stays HALTED until a trader re-arms, so a timed release would report trading back when it is not.
        if (action == BreakerAction.IMMEDIATE_STOP && cooldown.release() != Cooldown.Release.BY_TRADER) {
            throw new BreakerConfigException(at + "IMMEDIATE_STOP is lifted only by a trader: use cooldown"
                    + " until-reset, got " + cooldown);
        }
        if (condition == Condition.MANUAL && cooldown.release() == Cooldown.Release.WHEN_CLEAR) {
            throw new BreakerConfigException(at + "a MANUAL trigger never reads clear: use a time or until-reset");
        }
    }

    /** From configuration text; every field is checked and named in the message when wrong. */
    public static Trigger parse(String name, String condition, String threshold, String action, String cooldown) {
        String at = "trigger '" + name + "': ";
        Condition c = parseEnum(Condition.class, condition, at + "condition");
        BreakerAction a = parseEnum(BreakerAction.class, action, at + "action");
        BigDecimal t = null;
        if (threshold != null && !threshold.isBlank()) {
            try {
                t = new BigDecimal(threshold.trim());
            } catch (NumberFormatException e) {
                throw new BreakerConfigException(at + "threshold '" + threshold + "' is not a number");
            }
        }
        if (cooldown == null || cooldown.isBlank()) {
            throw new BreakerConfigException(at + "needs a cooldown");
        }
        Cooldown cd;
        try {
            cd = Cooldown.parse(cooldown);
        } catch (BreakerConfigException e) {
            throw new BreakerConfigException(at + e.getMessage());
        }
        return new Trigger(name, c, t, a, cd);
    }

    /** Venue-scoped: one breaker per venue, so a dead venue halts alone. */
    public boolean perVenue() {
        return action == BreakerAction.HALT_VENUE;
    }

    /** True when {@code reading} is at or over the threshold. */
    boolean reaches(BigDecimal reading) {
        return threshold != null && reading != null && reading.compareTo(threshold) >= 0;
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String text, String what) {
        String t = text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(t)) {
                return e;
            }
        }
        throw new BreakerConfigException(what + " '" + text + "' is unknown; known: "
                + Arrays.toString(type.getEnumConstants()));
    }
}
