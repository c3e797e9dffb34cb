package dev.osprey.core.breaker;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One trigger's breaker (one per venue for a venue-scoped trigger). Times are the {@link CircuitBreaker}'s engine
 * time that never goes back; events carry the engine time as given.
 *
 * <p>A sticky condition (daily loss, drawdown, losing streak) cannot clear while its own action stops trading, so
 * when the breaker half-opens or a trader resets it, the reading at that moment becomes a baseline and later trips
 * need the threshold again beyond it. The baseline is dropped once the raw reading falls below the threshold by
 * itself (a new trading day, a recovery, a winning round-trip).
 */
final class Breaker {
    private final Trigger trigger;
    private final String scope;
    private BreakerState state = BreakerState.CLOSED;
    private long openedAt;
    private long halfOpenedAt;
    private long sinceMs;
    private BigDecimal baseline = BigDecimal.ZERO;
    private Reading last;
    private int probesLeft;
    private Set<String> symbols = Set.of();
    private String reason = "";

    Breaker(Trigger trigger, String scope) {
        this.trigger = trigger;
        this.scope = scope;
    }

    /** One evaluation at time {@code t}; what happened, in order (a release and a re-trip can share a step). */
    List<BreakerEvent> step(Reading reading, long t, long atMs, BreakerConfig cfg) {
        List<BreakerEvent> events = new ArrayList<>(2);
        last = reading;
        if (reading != null && !trigger.reaches(reading.value())) {
            baseline = BigDecimal.ZERO;
        }
        if (state == BreakerState.OPEN && released(t)) {
            events.add(halfOpen(t, atMs, cfg));
        }
        if (state != BreakerState.OPEN && reading != null && trigger.reaches(effective(reading))) {
            events.add(trip(BreakerEvent.SELF, tripReason(reading), reading.symbols(), t, atMs));
        } else if (state == BreakerState.HALF_OPEN && t - halfOpenedAt >= cfg.probeWindow().toMillis()) {
            events.add(move(BreakerState.CLOSED, BreakerEvent.Kind.CLOSED, BreakerEvent.SELF,
                    "probe window " + cfg.probeWindow() + " passed without a trip", atMs));
        }
        return events;
    }

    /** Opens it (from CLOSED or HALF_OPEN) with the full cooldown; refused when already open. */
    BreakerEvent trip(String who, String why, Set<String> syms, long t, long atMs) {
        BreakerEvent e = move(BreakerState.OPEN, BreakerEvent.Kind.TRIPPED, who, why, atMs);
        if (e.kind() == BreakerEvent.Kind.TRIPPED) {
            openedAt = t;
            symbols = Set.copyOf(syms);
            reason = why;
        }
        return e;
    }

    /** A trader closes it by hand; refused when it is already closed. */
    BreakerEvent reset(String who, String why, long atMs) {
        BreakerEvent e = move(BreakerState.CLOSED, BreakerEvent.Kind.RESET, who, why, atMs);
        if (e.kind() == BreakerEvent.Kind.RESET) {
            takeBaseline();
        }
        return e;
    }

    /** An entry was sent while probing: one fewer left. */
    void entrySent() {
        if (probing() && probesLeft > 0) {
            probesLeft--;
        }
    }

    private BreakerEvent halfOpen(long t, long atMs, BreakerConfig cfg) {
        String why = "cooldown " + trigger.cooldown() + " over; " + (trigger.action().restricts()
                ? "probing at " + cfg.probeSizeFactor().stripTrailingZeros().toPlainString() + "x size"
                + (cfg.probeOrders() > 0 ? ", " + cfg.probeOrders() + " entries" : "") + " for " + cfg.probeWindow()
                : "watching for " + cfg.probeWindow());
        BreakerEvent e = move(BreakerState.HALF_OPEN, BreakerEvent.Kind.HALF_OPENED, BreakerEvent.SELF, why, atMs);
        halfOpenedAt = t;
        probesLeft = cfg.probeOrders();
        takeBaseline();
        return e;
    }

    private boolean released(long t) {
        boolean timeUp = t - openedAt >= trigger.cooldown().min().toMillis();
        return switch (trigger.cooldown().release()) {
            case AFTER_TIME -> timeUp;
            case WHEN_CLEAR -> timeUp && last != null && !trigger.reaches(effective(last));
            case BY_TRADER -> false;
        };
    }

    private void takeBaseline() {
        if (trigger.condition().sticky() && last != null && trigger.reaches(last.value())) {
            baseline = last.value();
        }
    }

    private BigDecimal effective(Reading r) {
        return r.value().subtract(baseline);
    }

    private String tripReason(Reading r) {
        return r.detail() + "; threshold " + Readings.plain(trigger.threshold()) + " " + trigger.condition().unit()
                + (baseline.signum() == 0 ? "" : " beyond " + Readings.plain(baseline) + " where it last resumed");
    }

    private BreakerEvent move(BreakerState to, BreakerEvent.Kind kind, String who, String why, long atMs) {
        BreakerState from = state;
        if (!from.canMoveTo(to)) {
            return new BreakerEvent(BreakerEvent.Kind.REFUSED, trigger.name(), scope, from, to, trigger.action(), who,
                    "already " + from + ": " + why, atMs);
        }
        state = to;
        sinceMs = atMs;
        return new BreakerEvent(kind, trigger.name(), scope, from, to, trigger.action(), who, why, atMs);
    }

    boolean probing() {
        return state == BreakerState.HALF_OPEN && trigger.action().restricts();
    }

    Trigger trigger() {
        return trigger;
    }

    String scope() {
        return scope;
    }

    BreakerState state() {
        return state;
    }

    int probesLeft() {
        return probesLeft;
    }

    Set<String> symbols() {
        return symbols;
    }

    BreakerStatus status() {
        return new BreakerStatus(trigger.name(), scope, state, trigger.action(), sinceMs, reason);
    }
}
