package dev.osprey.core.breaker;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The triggers issue 5 asks for, as shipped. docs/breaker.md has them as a table. */
public final class DefaultTriggers {
    public static final String DAILY_LOSS = "daily-loss";
    public static final String DRAWDOWN = "drawdown";
    public static final String API_LATENCY = "api-latency";
    public static final String CORRELATION = "correlation";
    public static final String VENUE_HEARTBEAT = "venue-heartbeat";
    public static final String MANUAL_STOP = "manual-stop";
    public static final String WATCH_DAILY_LOSS = "watch-daily-loss";
    public static final String WATCH_DRAWDOWN = "watch-drawdown";
    public static final String WATCH_LOSING_STREAK = "watch-losing-streak";

    private DefaultTriggers() {
    }

    /** The triggers that act. */
    public static List<Trigger> protective() {
        return List.of(
                trigger(DAILY_LOSS, Condition.DAILY_LOSS_PCT, "1", BreakerAction.HALT_NEW_TRADES,
                        Cooldown.after(Duration.ofHours(4))),
                trigger(DRAWDOWN, Condition.DRAWDOWN_PCT, "3", BreakerAction.CLOSE_ALL_POSITIONS,
                        Cooldown.after(Duration.ofHours(24))),
                trigger(API_LATENCY, Condition.API_LATENCY_MS, "2000", BreakerAction.PAUSE_TRADING,
                        Cooldown.after(Duration.ofHours(1))),
                trigger(CORRELATION, Condition.CORRELATION, "0.7", BreakerAction.CLOSE_CORRELATED,
                        Cooldown.after(Duration.ofHours(2))),
                trigger(VENUE_HEARTBEAT, Condition.HEARTBEAT_MISSED_INTERVALS, "2", BreakerAction.HALT_VENUE,
                        Cooldown.untilClear(Duration.ZERO)),
                new Trigger(MANUAL_STOP, Condition.MANUAL, null, BreakerAction.IMMEDIATE_STOP, Cooldown.untilReset()));
    }

    /**
     * The watch thresholds: they alert and restrict nothing. By the time they trip, the protective set has
     * already acted (1 % halts, 3 % closes), so they tell a trader the day has gone far worse than planned.
     */
    public static List<Trigger> watchOnly() {
        return List.of(
                trigger(WATCH_DAILY_LOSS, Condition.DAILY_LOSS_PCT, "5", BreakerAction.ALERT_ONLY,
                        Cooldown.after(Duration.ofHours(4))),
                trigger(WATCH_DRAWDOWN, Condition.DRAWDOWN_PCT, "10", BreakerAction.ALERT_ONLY,
                        Cooldown.after(Duration.ofHours(24))),
                trigger(WATCH_LOSING_STREAK, Condition.CONSECUTIVE_LOSSES, "3", BreakerAction.ALERT_ONLY,
                        Cooldown.after(Duration.ofHours(1))));
    }

    /** Both sets: what {@link BreakerConfig#defaults()} ships. */
    public static List<Trigger> all() {
        List<Trigger> all = new ArrayList<>(protective());
        all.addAll(watchOnly());
        return List.copyOf(all);
    }

    private static Trigger trigger(String name, Condition c, String threshold, BreakerAction a, Cooldown cd) {
        return new Trigger(name, c, new BigDecimal(threshold), a, cd);
    }
}
