package dev.osprey.core.mode;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** What a failing criterion is missing, said so that a trader knows what to do next. */
final class Explanations {

    private Explanations() {
    }

    static String duration(double days, double min) {
        return f("%.1f days traded; %.1f more needed (minimum %.1f)", days, min - days, min);
    }

    static String winRate(int wins, int trades, double minPercent) {
        if (trades == 0) {
            return "no closed trades yet";
        }
        // Smallest number of wins that beats the bar at the same trade count.
        int needed = (int) Math.floor(minPercent * trades / 100) + 1;
        return f("%d of %d trades won; %d more winning trade(s) at the same count would be needed to beat %.0f %%",
                wins, trades, Math.max(needed - wins, 0), minPercent);
    }

    static String sharpe(double sharpe, List<Double> daily, double min) {
        if (daily.size() < 2) {
            return "fewer than 2 daily returns: not measurable yet";
        }
        double mean = daily.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        return f("%.2f over %d daily returns (mean %.3f %% a day); returns too small for their swings, needs "
                + "more than %.2f", sharpe, daily.size(), mean * 100, min);
    }

    static String drawdown(PerformanceMetrics.Drawdown dd, double max) {
        return f("equity fell %.1f %% from %.2f (%s) to %.2f (%s); the limit is %.1f %%", dd.percent(), dd.peak(),
                Instant.ofEpochMilli(dd.peakMs()), dd.trough(), Instant.ofEpochMilli(dd.troughMs()), max);
    }

    static String profitFactor(double won, double lost, double min) {
        if (won == 0 && lost == 0) {
            return "no closed trades yet";
        }
        return f("won %.2f, lost %.2f net of fees; %.2f more profit at the same losses would be needed to beat "
                + "%.2f", won, lost, Math.max(min * lost - won, 0), min);
    }

    static String trades(int trades, int min) {
        return f("%d closed trade(s); %d more needed (minimum %d)", trades, min - trades, min);
    }

    static String errors(int errors, int max) {
        return f("%d unresolved error(s) (refused or failed orders); resolve them until at most %d remain", errors,
                max);
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
