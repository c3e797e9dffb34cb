package dev.osprey.app.backtest;

import dev.osprey.core.mode.ClosedTrade;
import dev.osprey.core.mode.CriterionResult;
import dev.osprey.core.mode.EquityPoint;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How far the paper path is from the backtest, and why. The equity difference is split into what the fees made
 * (the venue rounds each fee to 8 decimals and charges it on its own fill prices), what the fill prices made (the
 * synthetic book sells one tick under the open), and the rest (quantities floored to the lot step from cash that
 * already differs, compounding over the run).
 *
 * @param matchedTrades trades with the same entry and exit time on both paths
 */
public record RehearsalComparison(int backtestTrades, int paperTrades, int matchedTrades, BigDecimal backtestEquity,
                                  BigDecimal paperEquity, double equityDiffPercent, double maxCurveDiffPercent,
                                  BigDecimal feeEffect, BigDecimal fillPriceEffect, BigDecimal otherEffect,
                                  List<String> criteriaDisagreeing, BigDecimal paperBooksVsVenue, boolean agree,
                                  String explanation) {
    /** Final equity may differ by this much (percent) and the two still agree closely. */
    static final double AGREE_PERCENT = 0.1;
    /** The strategy's books and the paper account may differ by this much (quote currency): rounding only. */
    static final BigDecimal BOOKS_TOLERANCE = new BigDecimal("0.01");

    public static RehearsalComparison of(RehearsalRun backtest, RehearsalRun paper) {
        List<ClosedTrade> bt = backtest.record().trades();
        List<ClosedTrade> pp = paper.record().trades();
        int matched = 0;
        BigDecimal priceEffect = BigDecimal.ZERO;
        for (int i = 0; i < Math.min(bt.size(), pp.size()); i++) {
            ClosedTrade b = bt.get(i);
            ClosedTrade p = pp.get(i);
            if (b.entryTimeMs() == p.entryTimeMs() && b.exitTimeMs() == p.exitTimeMs()) {
                matched++;
                BigDecimal perUnit = p.exitPrice().subtract(b.exitPrice()).subtract(p.entryPrice().subtract(
                        b.entryPrice()));
                priceEffect = priceEffect.add(perUnit.multiply(p.qty()));
            }
        }
        BigDecimal diff = paper.finalEquity().subtract(backtest.finalEquity());
        BigDecimal feeEffect = backtest.fees().subtract(paper.fees());
        BigDecimal other = diff.subtract(feeEffect).subtract(priceEffect);
        double diffPct = diff.multiply(BigDecimal.valueOf(100)).divide(backtest.finalEquity(),
                MathContext.DECIMAL64).doubleValue();
        List<String> disagreeing = disagreeing(backtest.report().results(), paper.report().results());
        BigDecimal booksVsVenue = paper.venueEquity() == null ? BigDecimal.ZERO
                : paper.finalEquity().subtract(paper.venueEquity());
        boolean agree = matched == bt.size() && bt.size() == pp.size() && Math.abs(diffPct) <= AGREE_PERCENT
                && disagreeing.isEmpty() && booksVsVenue.abs().compareTo(BOOKS_TOLERANCE) <= 0;
        String why = String.format(Locale.ROOT, "%d of %d trades entered and left in the same hours; paper equity "
                        + "differs by %s (%.4f %%): fees %s (venue rounds each fee to 8 dp, on its own fill prices), "
                        + "fill prices %s (the synthetic book sells one tick below the open), sizing and compounding "
                        + "%s (lot-step quantities from cash that already differs); %s",
                matched, bt.size(), plain(diff), diffPct, plain(feeEffect), plain(priceEffect), plain(other),
                disagreeing.isEmpty() ? "every criterion agrees" : "criteria differ: " + disagreeing);
        return new RehearsalComparison(bt.size(), pp.size(), matched, backtest.finalEquity(), paper.finalEquity(),
                diffPct, maxCurveDiff(backtest.record().equity(), paper.record().equity()), feeEffect, priceEffect,
                other, disagreeing, booksVsVenue, agree, why);
    }

    private static List<String> disagreeing(List<CriterionResult> a, List<CriterionResult> b) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            if (a.get(i).passed() != b.get(i).passed()) {
                out.add(a.get(i).criterion().key());
            }
        }
        return out;
    }

    /** Largest gap between the two equity curves at the same time, in percent of the backtest's. */
    private static double maxCurveDiff(List<EquityPoint> a, List<EquityPoint> b) {
        double max = 0;
        int j = 0;
        for (EquityPoint p : a) {
            while (j < b.size() && b.get(j).timeMs() < p.timeMs()) {
                j++;
            }
            if (j < b.size() && b.get(j).timeMs() == p.timeMs() && p.equity().signum() > 0) {
                double d = Math.abs(b.get(j).equity().doubleValue() / p.equity().doubleValue() - 1) * 100;
                max = Math.max(max, d);
            }
        }
        return max;
    }

    private static String plain(BigDecimal v) {
        return v.setScale(4, RoundingMode.HALF_EVEN).toPlainString();
    }
}
