package dev.osprey.core.report;

import dev.osprey.core.mode.EquityPoint;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static dev.osprey.core.report.ReportFixture.CASH;
import static dev.osprey.core.report.ReportFixture.FILLS;
import static dev.osprey.core.report.ReportFixture.INSTRUMENTS;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Figures of {@link ReportBuilder} against a hand computation on {@link ReportFixture}'s fills.
 *
 * <p>Cash after each fill (buy: - price x qty - fee; sell: + price x qty - fee) and equity (cash + holding at the
 * last fill price of its symbol):
 * <pre>
 *  b1 BTC buy  0.1 @ 60000: cash  3994      + 0.1 x 60000  = 9994
 *  s1 BTC sell 0.1 @ 61000: cash 10087.9                    = 10087.9   trip +100 gross, fees 12.1, net 87.9
 *  b2 ETH buy  1   @ 2500 : cash  7585.4    + 1 x 2500     = 10085.4
 *  s2 ETH sell 1   @ 2450 : cash 10032.95                   = 10032.95  trip -50 gross, fees 4.95, net -54.95
 *  b3 BTC buy 0.05 @ 61500: cash  6954.875  + 0.05 x 61500 = 10029.875
 *  s3 BTC sell 0.05 @ 62000 (next day): cash 10051.775      = 10051.775 trip +25 gross, fees 6.175, net 18.825
 * </pre>
 */
class ReportBuilderTest {
    private final ReportBuilder builder = new ReportBuilder(INSTRUMENTS, CASH);

    @Test
    void whenADailyReportIsBuilt_thenItsFiguresEqualTheHandComputation() {
        TradingReport r = builder.build(FILLS, ReportPeriod.daily(LocalDate.of(2024, 8, 8)));

        money("10000", r.startEquity());
        money("10029.875", r.endEquity());
        money("29.875", r.netPnl());
        money("50", r.realised());                              // +100 - 50
        money("20.125", r.fees());                              // 6 + 6.1 + 2.5 + 2.45 + 3.075
        money("0", r.unrealised());                             // the open 0.05 BTC is marked at its own price
        assertEquals(5, r.fillCount());
        assertEquals(2, r.trades().size());
        assertEquals(50.0, r.winRatePercent(), 1e-12);
        assertEquals(87.9 / 54.95, r.profitFactor(), 1e-12);
        assertEquals(100 * (10087.9 - 10029.875) / 10087.9, r.maxDrawdownPercent(), 1e-9);
        assertEquals(0.0, r.sharpe(), "one day has no daily return series");
        List<BigDecimal> equity = r.equity().stream().map(EquityPoint::equity).toList();
        assertEquals(List.of("10000", "9994", "10087.9", "10085.4", "10032.95", "10029.875", "10029.875"),
                equity.stream().map(v -> v.stripTrailingZeros().toPlainString()).toList());
        assertEquals(List.of("0", "6000", "0", "2500", "0", "3075", "3075"), r.exposure().stream()
                .map(p -> p.exposure().stripTrailingZeros().toPlainString()).toList());
    }

    @Test
    void whenTheNextDayIsReported_thenThePositionCarriedInIsClosedThere() {
        TradingReport r = builder.build(FILLS, ReportPeriod.daily(LocalDate.of(2024, 8, 9)));

        money("10029.875", r.startEquity());
        money("21.9", r.netPnl());
        money("25", r.realised());                              // 0.05 x (62000 - 61500)
        money("3.1", r.fees());
        money("0", r.unrealised());                             // 21.9 - 25 + 3.1: the holding was at cost
        assertEquals(1, r.fillCount());
        assertEquals(List.of("BTCUSDT"), r.trades().stream().map(t -> t.symbol()).toList());
        money("18.825", r.trades().get(0).netPnl());
    }

    @Test
    void whenTheWeekIsReported_thenItHoldsEveryTrade_perSymbol_andASharpeFromTwoDailyReturns() {
        TradingReport r = builder.build(FILLS, ReportPeriod.weekly(LocalDate.of(2024, 8, 8)));

        assertEquals(LocalDate.of(2024, 8, 5), r.period().first());
        money("51.775", r.netPnl());
        money("75", r.realised());
        money("23.225", r.fees());
        assertEquals(3, r.trades().size());
        assertEquals(200.0 / 3, r.winRatePercent(), 1e-9);
        assertEquals((87.9 + 18.825) / 54.95, r.profitFactor(), 1e-12);
        // Daily closes: Mon 10000 (the opening point), Thu 10029.875, Fri 10051.775, and Sun 10051.775 (the
        // curve ends on the period's last millisecond): three daily returns, the last one zero.
        double[] ret = {10029.875 / 10000 - 1, 10051.775 / 10029.875 - 1, 0};
        double mean = (ret[0] + ret[1] + ret[2]) / 3;
        double var = ((ret[0] - mean) * (ret[0] - mean) + (ret[1] - mean) * (ret[1] - mean)
                + (ret[2] - mean) * (ret[2] - mean)) / 2;
        assertEquals(mean / Math.sqrt(var) * Math.sqrt(365), r.sharpe(), 1e-9);

        TradingReport.SymbolLine btc = r.symbols().get(0);
        TradingReport.SymbolLine eth = r.symbols().get(1);
        assertEquals("BTCUSDT", btc.symbol());
        assertEquals(4, btc.fills());
        assertEquals(2, btc.trades());
        assertEquals(2, btc.wins());
        money("125", btc.realised());
        money("18.275", btc.fees());                            // 6 + 6.1 + 3.075 + 3.1
        money("0.15", btc.boughtQty());
        money("18275", btc.volume());                           // 6000 + 6100 + 3075 + 3100
        assertEquals("ETHUSDT", eth.symbol());
        money("-50", eth.realised());
        money("4.95", eth.fees());
        money("0", eth.heldAtEnd());
    }

    @Test
    void whenAMonthHasNoFills_thenItsFiguresAreFlatAtTheCarriedEquity() {
        TradingReport r = builder.build(FILLS, ReportPeriod.monthly(YearMonth.of(2024, 9)));

        money("10051.775", r.startEquity());
        money("0", r.netPnl());
        assertEquals(0, r.fillCount());
        assertEquals(0, r.trades().size());
        assertEquals(0.0, r.maxDrawdownPercent());
    }

    private static void money(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), "expected " + expected + " but was " + actual);
    }
}
