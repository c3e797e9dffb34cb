package dev.osprey.core.chart;

import dev.osprey.core.market.Scaled;
import dev.osprey.core.strategy.Candle;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CandleSeriesTest {
    static final String TRADES = "BTCUSDT-trades-2024-08-08T23-54_2024-08-09T00-05.csv";

    /** One row of the Binance trades CSV: id,price,qty,quoteQty,time,isBuyerMaker,isBestMatch. */
    record Row(long id, BigDecimal price, BigDecimal qty, long timeMs) {
    }

    static List<Row> tape() throws IOException {
        List<Row> rows = new ArrayList<>();
        for (String line : Files.readAllLines(SharedData.file(TRADES))) {
            String[] f = line.split(",");
            rows.add(new Row(Long.parseLong(f[0]), new BigDecimal(f[1]), new BigDecimal(f[2]), Long.parseLong(f[4])));
        }
        return rows;
    }

    /** The independent aggregation: group by interval with BigDecimal, first and last by trade id. */
    static List<Candle> independent(List<Row> rows, long intervalMs) {
        Map<Long, List<Row>> byOpen = new TreeMap<>();
        for (Row r : rows) {
            byOpen.computeIfAbsent(r.timeMs() - r.timeMs() % intervalMs, k -> new ArrayList<>()).add(r);
        }
        List<Candle> out = new ArrayList<>();
        byOpen.forEach((open, group) -> {
            group.sort((a, b) -> Long.compare(a.id(), b.id()));
            BigDecimal high = group.stream().map(Row::price).reduce(BigDecimal::max).orElseThrow();
            BigDecimal low = group.stream().map(Row::price).reduce(BigDecimal::min).orElseThrow();
            BigDecimal volume = group.stream().map(Row::qty).reduce(BigDecimal.ZERO, BigDecimal::add);
            out.add(new Candle("BTCUSDT", open, open + intervalMs - 1, group.get(0).price(), high, low,
                    group.get(group.size() - 1).price(), volume));
        });
        return out;
    }

    static void assertSameCandles(List<Candle> expected, List<Candle> actual) {
        assertEquals(expected.size(), actual.size(), "number of candles");
        for (int i = 0; i < expected.size(); i++) {
            Candle e = expected.get(i);
            Candle a = actual.get(i);
            String at = "candle " + i + " at " + e.openTimeMs();
            assertEquals(e.openTimeMs(), a.openTimeMs(), at);
            assertEquals(e.closeTimeMs(), a.closeTimeMs(), at);
            assertEquals(0, e.open().compareTo(a.open()), at + " open");
            assertEquals(0, e.high().compareTo(a.high()), at + " high");
            assertEquals(0, e.low().compareTo(a.low()), at + " low");
            assertEquals(0, e.close().compareTo(a.close()), at + " close");
            assertEquals(0, e.volume().compareTo(a.volume()), at + " volume " + e.volume() + " vs " + a.volume());
        }
    }

    @Test
    void whenTheBundledTapeIsAggregated_thenEveryIntervalEqualsAnIndependentAggregation() throws IOException {
        List<Row> rows = tape();
        for (CandleInterval interval : CandleInterval.values()) {
            CandleSeries series = new CandleSeries("BTCUSDT", interval, 1000);

            rows.forEach(r -> series.onTrade(r.timeMs(), Scaled.of(r.price()), Scaled.of(r.qty())));

            assertSameCandles(independent(rows, interval.millis()), series.candles());
        }
        assertEquals(12, independent(rows, 60_000).size(), "23:54 to 00:05 is twelve minutes");
    }

    @Test
    void whenAMinuteHasNoTrades_thenItHasNoCandle() {
        CandleSeries series = new CandleSeries("BTCUSDT", CandleInterval.M1, 10);

        series.onTrade(60_000, Scaled.parse("100"), Scaled.parse("1"));
        series.onTrade(180_500, Scaled.parse("101"), Scaled.parse("2"));

        List<Candle> candles = series.candles();
        assertEquals(List.of(60_000L, 180_000L), candles.stream().map(Candle::openTimeMs).toList());
    }

    @Test
    void whenMoreCandlesThanCapacity_thenTheOldestGo() {
        CandleSeries series = new CandleSeries("BTCUSDT", CandleInterval.M1, 3);

        for (int m = 0; m < 5; m++) {
            series.onTrade(m * 60_000L, Scaled.parse("100"), Scaled.parse("1"));
        }

        assertEquals(List.of(120_000L, 180_000L, 240_000L),
                series.candles().stream().map(Candle::openTimeMs).toList());
    }

    @Test
    void whenTimeGoesBack_thenTheSeriesStartsOver() {
        CandleSeries series = new CandleSeries("BTCUSDT", CandleInterval.M1, 10);
        series.onTrade(600_000, Scaled.parse("100"), Scaled.parse("1"));
        series.onTrade(660_000, Scaled.parse("100"), Scaled.parse("1"));

        series.onTrade(60_000, Scaled.parse("99"), Scaled.parse("1"));

        List<Candle> candles = series.candles();
        assertEquals(1, candles.size());
        assertEquals(60_000L, candles.get(0).openTimeMs());
        assertTrue(candles.get(0).open().compareTo(new BigDecimal("99")) == 0);
    }
}
