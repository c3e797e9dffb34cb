package dev.osprey.core.breaker;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How an open breaker is released into HALF_OPEN.
 *
 * @param min     the least time it stays open (engine time)
 * @param release what else must happen first
 */
public record Cooldown(Duration min, Release release) {
    private static final Pattern SHORT = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)");

    public enum Release {
        /** Half-open once {@code min} has passed. */
        AFTER_TIME,
        /** Half-open once {@code min} has passed and the condition reads below its threshold (a venue is back). */
        WHEN_CLEAR,
        /** Never by itself: a trader resets it (the emergency stop's re-arm). */
        BY_TRADER
    }

    public Cooldown {
        Objects.requireNonNull(release, "release");
        Objects.requireNonNull(min, "min");
        if (min.isNegative() || (release == Release.AFTER_TIME && min.isZero())) {
            throw new BreakerConfigException("cooldown must be a positive time, got " + min);
        }
    }

    public static Cooldown after(Duration d) {
        return new Cooldown(d, Release.AFTER_TIME);
    }

    public static Cooldown untilClear(Duration min) {
        return new Cooldown(min, Release.WHEN_CLEAR);
    }

    public static Cooldown untilReset() {
        return new Cooldown(Duration.ZERO, Release.BY_TRADER);
    }

    /**
     * Reads {@code 4h}, {@code 30m}, {@code 90s}, {@code 250ms}, {@code 2d}, ISO-8601 ({@code PT4H}),
     * {@code until-clear}, {@code until-clear:5m} (with a minimum) or {@code until-reset}.
     */
    public static Cooldown parse(String text) {
        String t = Objects.requireNonNull(text, "cooldown").trim().toLowerCase(Locale.ROOT);
        if (t.equals("until-reset")) {
            return untilReset();
        }
        if (t.equals("until-clear")) {
            return untilClear(Duration.ZERO);
        }
        if (t.startsWith("until-clear:")) {
            return untilClear(duration(t.substring("until-clear:".length())));
        }
        return after(duration(t));
    }

    private static Duration duration(String t) {
        Matcher m = SHORT.matcher(t.trim());
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            return switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofDays(n);
            };
        }
        try {
            return Duration.parse(t.toUpperCase(Locale.ROOT));
        } catch (DateTimeParseException e) {
            throw new BreakerConfigException("cooldown '" + t + "' is not a time like 4h, 30m, 90s, PT4H,"
                    + " until-clear, until-clear:5m or until-reset");
        }
    }

    @Override
    public String toString() {
        return switch (release) {
            case AFTER_TIME -> min.toString();
            case WHEN_CLEAR -> "until clear" + (min.isZero() ? "" : ", at least " + min);
            case BY_TRADER -> "until a trader resets it";
        };
    }
}
