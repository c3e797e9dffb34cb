package dev.osprey.core.mode;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Whether a trading record earns the next mode: every criterion measured, held to its threshold and, when it
 * fails, explained. It passes only when every criterion passes.
 */
public record ValidationReport(long fromMs, long toMs, List<CriterionResult> results) {
    public ValidationReport {
        results = List.copyOf(results);
    }

    public static ValidationReport evaluate(TradeRecord record, ValidationCriteria c) {
        Objects.requireNonNull(record, "record");
        List<ClosedTrade> trades = record.trades();
        List<EquityPoint> equity = record.equity();
        List<CriterionResult> out = new ArrayList<>();
        double days = PerformanceMetrics.durationDays(equity);
        out.add(result(Criterion.DURATION, days, c.minDays(), Explanations.duration(days, c.minDays())));
        double winRate = PerformanceMetrics.winRatePercent(trades);
        out.add(result(Criterion.WIN_RATE, winRate, c.minWinRatePercent(),
                Explanations.winRate(PerformanceMetrics.wins(trades), trades.size(), c.minWinRatePercent())));
        double sharpe = PerformanceMetrics.sharpe(equity);
        out.add(result(Criterion.SHARPE, sharpe, c.minSharpe(),
                Explanations.sharpe(sharpe, PerformanceMetrics.dailyReturns(equity), c.minSharpe())));
        PerformanceMetrics.Drawdown dd = PerformanceMetrics.maxDrawdown(equity);
        out.add(result(Criterion.MAX_DRAWDOWN, dd.percent(), c.maxDrawdownPercent(),
                Explanations.drawdown(dd, c.maxDrawdownPercent())));
        double pf = PerformanceMetrics.profitFactor(trades);
        out.add(result(Criterion.PROFIT_FACTOR, pf, c.minProfitFactor(), Explanations.profitFactor(
                PerformanceMetrics.grossWon(trades), PerformanceMetrics.grossLost(trades), c.minProfitFactor())));
        out.add(result(Criterion.TRADES, trades.size(), c.minTrades(),
                Explanations.trades(trades.size(), c.minTrades())));
        out.add(result(Criterion.UNRESOLVED_ERRORS, record.unresolvedErrors(), c.maxUnresolvedErrors(),
                Explanations.errors(record.unresolvedErrors(), c.maxUnresolvedErrors())));
        return new ValidationReport(record.fromMs(), record.toMs(), out);
    }

    private static CriterionResult result(Criterion criterion, double value, double threshold, String whyNot) {
        boolean passed = criterion.passes(value, threshold);
        return new CriterionResult(criterion, value, threshold, passed, passed ? "" : whyNot);
    }

    public boolean passed() {
        return results.stream().allMatch(CriterionResult::passed);
    }

    public List<CriterionResult> failures() {
        return results.stream().filter(r -> !r.passed()).toList();
    }

    public CriterionResult result(Criterion criterion) {
        return results.stream().filter(r -> r.criterion() == criterion).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no result for " + criterion));
    }

    /** The failing criteria in one line, e.g. for a refusal: "win_rate_pct: 8 of 21 trades won ...; trades: ...". */
    public String failureSummary() {
        return failures().stream().map(r -> r.criterion().key() + ": " + r.explanation())
                .collect(Collectors.joining("; "));
    }
}
