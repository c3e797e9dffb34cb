package dev.osprey.core.breaker;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * What a trigger watches. Each condition reads one number from {@link PortfolioMetrics}; a trigger trips when the
 * number reaches its threshold (greater than or equal), so every threshold is written as a positive bound.
 */
public enum Condition {
    /** Loss since the start of the trading day, in % of day-start equity (1 means a 1 % loss). */
    DAILY_LOSS_PCT("% loss of day-start equity"),
    /** Fall from peak equity, in % of the peak. */
    DRAWDOWN_PCT("% below peak equity"),
    CONSECUTIVE_LOSSES("losing round-trips in a row"),
    /** Errors per request over the venue's window, as a fraction (0.05 = 5 %). */
    API_ERROR_RATE("errors per request"),
    API_LATENCY_MS("ms p99 latency"),
    /** Time since a venue's last heartbeat, in heartbeat intervals. */
    HEARTBEAT_MISSED_INTERVALS("heartbeat intervals"),
    /** Age of the stalest symbol's last market-data event. */
    DATA_STALE_MS("ms since the last market-data event"),
    /** Highest Pearson correlation between two open positions' returns. */
    CORRELATION("Pearson correlation"),
    /** A trader pressed stop. Never read from metrics: {@link CircuitBreaker#manualStop} trips it. */
    MANUAL("manual");

    private final String unit;

    Condition(String unit) {
        this.unit = unit;
    }

    public String unit() {
        return unit;
    }

    /** Read per venue; such a condition may halt just the venue it reads. */
    public boolean perVenue() {
        return this == API_ERROR_RATE || this == API_LATENCY_MS || this == HEARTBEAT_MISSED_INTERVALS;
    }

    /**
     * The breaker's own action keeps these from clearing (no trading, no recovery), so after a trip they are judged
     * on the further change from where they stood when the breaker half-opened. See {@link Breaker}.
     */
    public boolean sticky() {
        return this == DAILY_LOSS_PCT || this == DRAWDOWN_PCT || this == CONSECUTIVE_LOSSES;
    }

    /** Empty when {@code t} makes sense as this condition's threshold, else what is wrong with it. */
    Optional<String> checkThreshold(BigDecimal t) {
        if (this == MANUAL) {
            return t == null ? Optional.empty()
                    : Optional.of("takes no threshold (a trader's stop trips it), got " + t.toPlainString());
        }
        if (t == null) {
            return Optional.of("needs a threshold in " + unit);
        }
        boolean ok;
        String rule;
        switch (this) {
            case DAILY_LOSS_PCT, DRAWDOWN_PCT -> {
                ok = t.signum() > 0 && t.compareTo(BigDecimal.valueOf(100)) <= 0;
                rule = "a loss in percent above 0 and at most 100, written positive (1 means a 1 % loss)";
            }
            case CONSECUTIVE_LOSSES -> {
                ok = t.signum() > 0 && t.stripTrailingZeros().scale() <= 0;
                rule = "a whole number of losing round-trips, at least 1";
            }
            case API_ERROR_RATE -> {
                ok = t.signum() > 0 && t.compareTo(BigDecimal.ONE) <= 0;
                rule = "a fraction of requests above 0 and at most 1 (0.05 means 5 %)";
            }
            case CORRELATION -> {
                ok = t.signum() > 0 && t.compareTo(BigDecimal.ONE) <= 0;
                rule = "a correlation above 0 and at most 1";
            }
            default -> {
                ok = t.signum() > 0;
                rule = "above 0 (" + unit + ")";
            }
        }
        return ok ? Optional.empty() : Optional.of("threshold must be " + rule + ", got " + t.toPlainString());
    }
}
