package dev.osprey.core.report;

import dev.osprey.core.instrument.Instrument;
import dev.osprey.core.mode.ClosedTrade;
import dev.osprey.core.mode.EquityPoint;
import dev.osprey.core.mode.PerformanceMetrics;
import dev.osprey.core.mode.TradeLedger;
import dev.osprey.core.order.Fill;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a {@link TradingReport} by replaying fills through a {@link TradeLedger}: every fill before the period
 * sets what is held when it starts, the period's fills make its curve, trades and figures. Each symbol is marked
 * at its own fills.
 */
public final class ReportBuilder {
    private final Map<String, Instrument> instruments;
    private final BigDecimal startingCash;

    /** {@code startingCash}: the account's quote balance before its first fill. */
    public ReportBuilder(Map<String, Instrument> instruments, BigDecimal startingCash) {
        this.instruments = Map.copyOf(instruments);
        this.startingCash = startingCash;
    }

    public TradingReport build(List<Fill> fills, ReportPeriod period) {
        List<Fill> ordered = fills.stream().filter(f -> instruments.containsKey(f.symbol()))
                .filter(f -> f.timeMs() < period.toMs()).sorted(Comparator.comparingLong(Fill::timeMs)).toList();
        TradeLedger ledger = new TradeLedger(instruments, startingCash);
        Map<String, BigDecimal> marks = new HashMap<>();
        Curves curves = new Curves();
        SymbolTally tally = new SymbolTally();
        BigDecimal startEquity = null;
        int closedBefore = 0;
        BigDecimal fees = BigDecimal.ZERO;
        for (Fill f : ordered) {
            if (startEquity == null && period.contains(f.timeMs())) {
                startEquity = ledger.equity();
                closedBefore = ledger.record().trades().size();
                curves.add(period.fromMs(), startEquity, exposure(ledger, marks));
            }
            ledger.onFill(f);
            marks.put(f.symbol(), f.price());
            ledger.mark(f.symbol(), f.price(), f.timeMs());
            if (startEquity != null) {
                BigDecimal fee = TradeLedger.feeInQuote(f, instruments.get(f.symbol()));
                fees = fees.add(fee);
                tally.fill(f, fee);
                curves.add(f.timeMs(), ledger.equity(), exposure(ledger, marks));
            }
        }
        if (startEquity == null) {
            startEquity = ledger.equity();
            closedBefore = ledger.record().trades().size();
            curves.add(period.fromMs(), startEquity, exposure(ledger, marks));
        }
        BigDecimal endEquity = ledger.equity();
        curves.add(period.toMs() - 1, endEquity, exposure(ledger, marks));
        List<ClosedTrade> all = ledger.record().trades();
        List<ClosedTrade> trades = all.subList(closedBefore, all.size());
        BigDecimal realised = trades.stream().map(ClosedTrade::grossPnl).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal unrealised = endEquity.subtract(startEquity).subtract(realised).add(fees);
        return new TradingReport(period, startEquity, endEquity, realised, unrealised, fees, tally.fillCount(), trades,
                PerformanceMetrics.winRatePercent(trades), PerformanceMetrics.profitFactor(trades),
                PerformanceMetrics.sharpe(curves.equity), PerformanceMetrics.maxDrawdown(curves.equity).percent(),
                curves.equity, curves.exposure, tally.lines(trades, ledger.positions()));
    }

    private static BigDecimal exposure(TradeLedger ledger, Map<String, BigDecimal> marks) {
        BigDecimal e = BigDecimal.ZERO;
        for (Map.Entry<String, BigDecimal> p : ledger.positions().entrySet()) {
            BigDecimal mark = marks.get(p.getKey());
            e = mark == null ? e : e.add(p.getValue().multiply(mark));
        }
        return e;
    }

    /** Equity and exposure, one point per moment (a later value at the same time replaces the earlier one). */
    private static final class Curves {
        final List<EquityPoint> equity = new ArrayList<>();
        final List<TradingReport.ExposurePoint> exposure = new ArrayList<>();

        void add(long timeMs, BigDecimal value, BigDecimal held) {
            int last = equity.size() - 1;
            if (last >= 0 && equity.get(last).timeMs() == timeMs) {
                equity.remove(last);
                exposure.remove(last);
            }
            equity.add(new EquityPoint(timeMs, value));
            exposure.add(new TradingReport.ExposurePoint(timeMs, held));
        }
    }
}
