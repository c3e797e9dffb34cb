package dev.osprey.app.backtest;

import dev.osprey.core.instrument.Instrument;
import dev.osprey.core.mode.ClosedTrade;
import dev.osprey.core.mode.CriterionResult;
import dev.osprey.core.mode.ValidationCriteria;
import dev.osprey.core.strategy.Candle;
import dev.osprey.core.strategy.MaCrossConfig;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RehearsalTest {
    static final Instrument BTC = new Instrument("BTCUSDT", "BTC", "USDT", new BigDecimal("0.01"),
            new BigDecimal("0.00001"), new BigDecimal("0.00001"), new BigDecimal("9000"), new BigDecimal("5"));
    private static final long HOUR = 3_600_000L;
    private static final long T0 = 1_704_067_200_000L;

    private static RehearsalSettings settings(int fast, int slow) {
        return new RehearsalSettings(BTC, new BigDecimal("1000"), BigDecimal.TEN,
                new MaCrossConfig("BTCUSDT", fast, slow, new BigDecimal("0.95")),
                ValidationCriteria.defaults().withMinDays(0).withMinTrades(1));
    }

    /** Hourly candles: {hour, open, close}; hours left out are missing, as in an exchange halt. */
    private static List<Candle> hours(String[][] rows) {
        List<Candle> out = new ArrayList<>();
        for (String[] r : rows) {
            long open = T0 + Long.parseLong(r[0]) * HOUR;
            BigDecimal o = new BigDecimal(r[1]);
            BigDecimal c = new BigDecimal(r[2]);
            out.add(new Candle("BTCUSDT", open, open + HOUR - 1, o, o.max(c), o.min(c), c, BigDecimal.ONE));
        }
        return out;
    }

    @Test
    void whenTheHourAfterASignalIsMissing_thenBothPathsFillAtTheNextCandlesOpen() {
        // Arrange: 2/3 MA; cross up at hour 3, hour 4 missing (a halt), cross down at hour 6
        List<Candle> candles = hours(new String[][] {{"0", "11", "11"}, {"1", "11", "10"}, {"2", "10", "11"},
                {"3", "11", "13"}, {"5", "13.1", "14"}, {"6", "14", "9"}, {"7", "9", "9"}, {"8", "9", "9"}});

        // Act
        Rehearsal r = Rehearsal.run(candles, settings(2, 3));

        // Assert
        assertEquals(List.of(new CandleGaps.Gap(T0 + 4 * HOUR, 1)), r.gaps());
        ClosedTrade bt = r.backtest().record().trades().get(0);
        ClosedTrade pp = r.paper().record().trades().get(0);
        for (ClosedTrade t : List.of(bt, pp)) {
            assertEquals(T0 + 5 * HOUR, t.entryTimeMs(), "bought at the open after the gap");
            assertEquals(T0 + 7 * HOUR, t.exitTimeMs());
            assertEquals(0, new BigDecimal("13.1").compareTo(t.entryPrice()));
            assertEquals(0, new BigDecimal("73.07692").compareTo(t.qty()), "950 / 13 on a 0.00001 lot");
        }
        assertEquals(0, new BigDecimal("9").compareTo(bt.exitPrice()));
        assertEquals(0, new BigDecimal("8.99").compareTo(pp.exitPrice()), "the synthetic bid is one tick under");
        assertEquals(0, r.paper().record().unresolvedErrors());
        assertEquals(0, r.paper().finalEquity().compareTo(r.paper().venueEquity()));
    }

    @Test
    void whenTheOpenJumpsBeyondTheCash_thenBothPathsRefuseTheBuy_andCountTheError() {
        // Arrange: the buy is sized on the close of 13; the next open of 14 costs more than the cash
        List<Candle> candles = hours(new String[][] {{"0", "11", "11"}, {"1", "11", "10"}, {"2", "10", "11"},
                {"3", "11", "13"}, {"4", "14", "14"}, {"5", "14", "14"}});

        // Act
        Rehearsal r = Rehearsal.run(candles, settings(2, 3));

        // Assert
        assertEquals(1, r.backtest().record().unresolvedErrors());
        assertEquals(1, r.paper().record().unresolvedErrors());
        assertEquals(0, new BigDecimal("1000").compareTo(r.paper().finalEquity()));
        assertTrue(r.comparison().agree(), r.comparison().explanation());
    }

    @Test
    void whenHalfAYearOfRealKlinesRunsBothWays_thenTheyAgreeClosely() throws IOException {
        // Arrange: 2023-01-01 to 2023-07-01, across the 2023-03-24 halt
        List<Candle> slice = KlineCsv.bundled("BTCUSDT").stream()
                .filter(c -> c.openTimeMs() >= 1_672_531_200_000L && c.openTimeMs() < 1_688_169_600_000L).toList();
        RehearsalSettings s = new RehearsalSettings(BTC, new BigDecimal("10000"), BigDecimal.TEN,
                MaCrossConfig.defaults("BTCUSDT"), ValidationCriteria.defaults());

        // Act
        Rehearsal r = Rehearsal.run(slice, s);

        // Assert
        RehearsalComparison c = r.comparison();
        assertEquals(1, r.gaps().size());
        assertTrue(c.backtestTrades() > 20, "trades: " + c.backtestTrades());
        assertEquals(c.backtestTrades(), c.matchedTrades());
        assertEquals(c.backtestTrades(), c.paperTrades());
        assertTrue(Math.abs(c.equityDiffPercent()) < 0.05, c.explanation());
        assertEquals(0, c.paperBooksVsVenue().signum(), "strategy books = paper account");
        assertEquals(passFail(r.backtest().report().results()), passFail(r.paper().report().results()));
        assertTrue(c.agree(), c.explanation());
    }

    private static List<Boolean> passFail(List<CriterionResult> results) {
        return results.stream().map(CriterionResult::passed).toList();
    }
}
