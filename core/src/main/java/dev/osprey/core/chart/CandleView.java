package dev.osprey.core.chart;

import dev.osprey.core.strategy.Candle;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** One symbol's candles at every chart interval, oldest first, as the screen renders them. */
public record CandleView(String symbol, Map<CandleInterval, List<Candle>> byInterval) {
    public CandleView {
        byInterval = Map.copyOf(byInterval);
    }

    public List<Candle> candles(CandleInterval interval) {
        return byInterval.getOrDefault(interval, List.of());
    }

    static CandleView of(String symbol, Map<CandleInterval, CandleSeries> series) {
        Map<CandleInterval, List<Candle>> out = new EnumMap<>(CandleInterval.class);
        series.forEach((interval, s) -> out.put(interval, s.candles()));
        return new CandleView(symbol, out);
    }
}
