package dev.osprey.core.mode;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every metric against a value worked out by hand on {@link Records}' fixed trades and curve. */
class ValidationReportTest {

    @Test
    void whenFiveTradesAndFourDays_thenEveryMetricMatchesTheHandComputedValue() {
        // Arrange
        TradeRecord record = Records.passing(Records.START);

        // Act
        ValidationReport report = ValidationReport.evaluate(record, Records.rehearsal());

        // Assert
        assertEquals(4.0, report.result(Criterion.DURATION).value(), 1e-9);
        assertEquals(60.0, report.result(Criterion.WIN_RATE).value(), 1e-9);
        assertEquals(170.0 / 70.0, report.result(Criterion.PROFIT_FACTOR).value(), 1e-9);
        assertEquals(1.0, report.result(Criterion.MAX_DRAWDOWN).value(), 1e-9, "1020 -> 1009.8");
        // returns +2, -1, +3, 0 %: mean 1 %, sample variance 0.001 / 3
        double sharpe = 0.01 / Math.sqrt(0.001 / 3) * Math.sqrt(365);
        assertEquals(sharpe, report.result(Criterion.SHARPE).value(), 1e-6);
        assertEquals(5.0, report.result(Criterion.TRADES).value(), 1e-9);
        assertEquals(0.0, report.result(Criterion.UNRESOLVED_ERRORS).value(), 1e-9);
        assertTrue(report.passed(), report.failureSummary());
        assertEquals(Records.START, report.fromMs());
        assertEquals(Records.START + 4 * Records.DAY, report.toMs());
    }

    @Test
    void whenTheDailyReturnsAreComputed_thenOnlyTheLastPointOfEachUtcDayCounts() {
        // Arrange: an extra point early on day 1 that the day's close supersedes
        List<EquityPoint> curve = new java.util.ArrayList<>(Records.fourDays(Records.START));
        curve.add(1, new EquityPoint(Records.START + Records.DAY - 3_600_000L, new BigDecimal("5000")));

        // Act
        List<Double> returns = PerformanceMetrics.dailyReturns(curve);

        // Assert: 5000 sits at 11:00 on day 1, before the noon point of day 1
        assertEquals(4, returns.size());
        assertEquals(0.02, returns.get(0), 1e-12);
        assertEquals(-0.01, returns.get(1), 1e-12);
    }

    @Test
    void whenEverythingIsBad_thenEachCriterionFails_withWhatIsMissing() {
        // Arrange
        TradeRecord record = Records.failing(Records.START);

        // Act
        ValidationReport report = ValidationReport.evaluate(record, ValidationCriteria.defaults());

        // Assert
        assertFalse(report.passed());
        assertEquals(1.0, report.result(Criterion.DURATION).value(), 1e-9);
        assertEquals(100.0 / 3, report.result(Criterion.WIN_RATE).value(), 1e-9);
        assertEquals(10.0 / 80.0, report.result(Criterion.PROFIT_FACTOR).value(), 1e-9);
        assertEquals(20.0, report.result(Criterion.MAX_DRAWDOWN).value(), 1e-9);
        assertEquals(2.0, report.result(Criterion.UNRESOLVED_ERRORS).value(), 1e-9);
        assertEquals("1.0 days traded; 6.0 more needed (minimum 7.0)",
                report.result(Criterion.DURATION).explanation());
        assertEquals("1 of 3 trades won; 1 more winning trade(s) at the same count would be needed to beat 45 %",
                report.result(Criterion.WIN_RATE).explanation());
        assertEquals("won 10.00, lost 80.00 net of fees; 86.00 more profit at the same losses would be needed to "
                + "beat 1.20", report.result(Criterion.PROFIT_FACTOR).explanation());
        assertEquals("3 closed trade(s); 7 more needed (minimum 10)", report.result(Criterion.TRADES).explanation());
        assertTrue(report.result(Criterion.MAX_DRAWDOWN).explanation().startsWith("equity fell 20.0 % from 1000.00"));
        assertTrue(report.result(Criterion.SHARPE).explanation().startsWith("fewer than 2 daily returns"),
                report.result(Criterion.SHARPE).explanation());
    }

    @Test
    void whenNothingWasLost_thenProfitFactorIsInfinite_andPasses() {
        // Arrange
        List<ClosedTrade> allWins = List.of(Records.trade("10", "1"), Records.trade("20", "1"));

        // Act
        double pf = PerformanceMetrics.profitFactor(allWins);

        // Assert
        assertEquals(Double.POSITIVE_INFINITY, pf);
        assertTrue(Criterion.PROFIT_FACTOR.passes(pf, 1.2));
    }

    @Test
    void whenThresholdsAreMetExactly_thenStrictOnesFail_andMinimumsPass() {
        // Arrange: win rate exactly 45 % must fail (> 45), 7.0 days exactly must pass (>= 7)
        ValidationCriteria c = ValidationCriteria.defaults();

        // Act / Assert
        assertFalse(Criterion.WIN_RATE.passes(45.0, c.minWinRatePercent()));
        assertTrue(Criterion.DURATION.passes(7.0, c.minDays()));
        assertFalse(Criterion.MAX_DRAWDOWN.passes(15.0, c.maxDrawdownPercent()));
        assertTrue(Criterion.UNRESOLVED_ERRORS.passes(0, c.maxUnresolvedErrors()));
    }
}
