package dev.osprey.core.mode;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The measures behind a validation report, as plain functions of a record. Statistics are doubles: they are
 * judged against thresholds, never booked.
 */
public final class PerformanceMetrics {
    static final double MS_PER_DAY = 86_400_000d;
    /** Crypto trades every day of the year, so a year is 365 daily returns, not 252. */
    static final double DAYS_PER_YEAR = 365d;

    /** The deepest fall of equity from a running peak, in percent of that peak, and when it happened. */
    public record Drawdown(double percent, long peakMs, double peak, long troughMs, double trough) {
    }

    private PerformanceMetrics() {
    }

    public static double durationDays(List<EquityPoint> equity) {
        if (equity.size() < 2) {
            return 0;
        }
        return (equity.get(equity.size() - 1).timeMs() - equity.get(0).timeMs()) / MS_PER_DAY;
    }

    public static int wins(List<ClosedTrade> trades) {
        return (int) trades.stream().filter(ClosedTrade::isWin).count();
    }

    public static double winRatePercent(List<ClosedTrade> trades) {
        return trades.isEmpty() ? 0 : 100d * wins(trades) / trades.size();
    }

    /** Sum of the net P&amp;L of winning trades. */
    public static double grossWon(List<ClosedTrade> trades) {
        return trades.stream().filter(t -> t.netPnl().signum() > 0).mapToDouble(t -> t.netPnl().doubleValue()).sum();
    }

    /** Sum of the net losses of losing trades, as a positive number. */
    public static double grossLost(List<ClosedTrade> trades) {
        return -trades.stream().filter(t -> t.netPnl().signum() < 0).mapToDouble(t -> t.netPnl().doubleValue())
                .sum();
    }

    /** Won over lost; infinite when something was won and nothing lost, 0 with no winners. */
    public static double profitFactor(List<ClosedTrade> trades) {
        double won = grossWon(trades);
        double lost = grossLost(trades);
        if (lost == 0) {
            return won > 0 ? Double.POSITIVE_INFINITY : 0;
        }
        return won / lost;
    }

    public static Drawdown maxDrawdown(List<EquityPoint> equity) {
        Drawdown worst = new Drawdown(0, 0, 0, 0, 0);
        double peak = Double.NEGATIVE_INFINITY;
        long peakMs = 0;
        for (EquityPoint p : equity) {
            double e = p.equity().doubleValue();
            if (e > peak) {
                peak = e;
                peakMs = p.timeMs();
            } else if (peak > 0 && 100 * (peak - e) / peak > worst.percent()) {
                worst = new Drawdown(100 * (peak - e) / peak, peakMs, peak, p.timeMs(), e);
            }
        }
        return worst;
    }

    /**
     * Daily simple returns: equity at the last point of each UTC day against the previous day's, the first point
     * standing for the close before the first day (a first day with no later point adds no return). Daily
     * sampling keeps the ratio independent of how often the curve was marked.
     */
    public static List<Double> dailyReturns(List<EquityPoint> equity) {
        Map<LocalDate, Integer> lastOfDay = new LinkedHashMap<>();
        for (int i = 0; i < equity.size(); i++) {
            lastOfDay.put(Instant.ofEpochMilli(equity.get(i).timeMs()).atZone(ZoneOffset.UTC).toLocalDate(), i);
        }
        List<Double> out = new ArrayList<>();
        double previous = equity.isEmpty() ? 0 : equity.get(0).equity().doubleValue();
        for (int i : lastOfDay.values()) {
            if (i == 0) {
                continue;
            }
            double close = equity.get(i).equity().doubleValue();
            out.add(previous == 0 ? 0 : close / previous - 1);
            previous = close;
        }
        return out;
    }

    /**
     * Annualised Sharpe ratio with a zero risk-free rate: mean daily return over its sample standard deviation,
     * times sqrt(365). Zero when there are fewer than two daily returns or they do not vary.
     */
    public static double sharpe(List<EquityPoint> equity) {
        List<Double> r = dailyReturns(equity);
        if (r.size() < 2) {
            return 0;
        }
        double mean = r.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        double var = r.stream().mapToDouble(x -> (x - mean) * (x - mean)).sum() / (r.size() - 1);
        if (var == 0) {
            return 0;
        }
        return mean / Math.sqrt(var) * Math.sqrt(DAYS_PER_YEAR);
    }
}
