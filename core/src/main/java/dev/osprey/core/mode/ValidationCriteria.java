package dev.osprey.core.mode;

/**
 * The bar a trading record must clear. Defaults: at least 7 days, win rate above 45 %, annualised Sharpe above
 * 0.5, max drawdown below 15 %, profit factor above 1.2, at least 10 trades, no unresolved errors. A rehearsal may
 * shorten the duration or the trade count; the performance bars are the same everywhere.
 */
public record ValidationCriteria(double minDays, double minWinRatePercent, double minSharpe,
                                 double maxDrawdownPercent, double minProfitFactor, int minTrades,
                                 int maxUnresolvedErrors) {
    public ValidationCriteria {
        if (minDays < 0 || minTrades < 0 || maxUnresolvedErrors < 0) {
            throw new IllegalArgumentException("minDays, minTrades and maxUnresolvedErrors must be >= 0");
        }
        if (minWinRatePercent < 0 || minWinRatePercent > 100 || maxDrawdownPercent <= 0
                || maxDrawdownPercent > 100) {
            throw new IllegalArgumentException("percents must be within 0-100");
        }
    }

    public static ValidationCriteria defaults() {
        return new ValidationCriteria(7, 45, 0.5, 15, 1.2, 10, 0);
    }

    public ValidationCriteria withMinDays(double days) {
        return new ValidationCriteria(days, minWinRatePercent, minSharpe, maxDrawdownPercent, minProfitFactor,
                minTrades, maxUnresolvedErrors);
    }

    public ValidationCriteria withMinTrades(int trades) {
        return new ValidationCriteria(minDays, minWinRatePercent, minSharpe, maxDrawdownPercent, minProfitFactor,
                trades, maxUnresolvedErrors);
    }

    public ValidationCriteria withMinProfitFactor(double factor) {
        return new ValidationCriteria(minDays, minWinRatePercent, minSharpe, maxDrawdownPercent, factor, minTrades,
                maxUnresolvedErrors);
    }
}
