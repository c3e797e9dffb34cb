package dev.osprey.core.alert;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Set;

/**
 * Thresholds of the built-in alerts.
 *
 * @param latencyHighMs         submit-to-acknowledge time (engine clock) above which LATENCY_HIGH is raised
 * @param staleAfterMs          wall time without a new market event on a live feed before DATA_STALE is raised
 * @param dailyLossLimitPercent the daily loss limit in % of day-start equity (the breaker's daily-loss trigger);
 *                              null when the desk has none, and then no daily-loss alert
 * @param dailyLossWarnFraction the share of that limit at which DAILY_LOSS_NEAR_LIMIT is raised (0.8 = 80 %)
 * @param stablecoins           assets counted at face value in equity
 */
public record AlertSettings(long latencyHighMs, long staleAfterMs, BigDecimal dailyLossLimitPercent,
                            BigDecimal dailyLossWarnFraction, Set<String> stablecoins) {
    public AlertSettings {
        if (latencyHighMs <= 0 || staleAfterMs <= 0) {
            throw new IllegalArgumentException("latencyHighMs and staleAfterMs must be > 0");
        }
        Objects.requireNonNull(dailyLossWarnFraction, "dailyLossWarnFraction");
        boolean badLimit = dailyLossLimitPercent != null && dailyLossLimitPercent.signum() <= 0;
        if (badLimit || dailyLossWarnFraction.signum() <= 0
                || dailyLossWarnFraction.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("dailyLossLimitPercent must be > 0 and dailyLossWarnFraction in (0, 1]");
        }
        stablecoins = Set.copyOf(stablecoins);
    }
}
