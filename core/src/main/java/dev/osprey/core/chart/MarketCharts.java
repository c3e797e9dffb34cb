package dev.osprey.core.chart;

import dev.osprey.core.market.TradePrint;

import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** Every symbol's candles at every interval, fed by the engine with each public trade. */
public final class MarketCharts {
    /** Candles kept per series: six hours of 1m, two months of 4h. */
    public static final int CANDLES_KEPT = 360;

    private final Map<String, Map<CandleInterval, CandleSeries>> bySymbol = new LinkedHashMap<>();

    public MarketCharts(Collection<String> symbols) {
        for (String symbol : symbols) {
            Map<CandleInterval, CandleSeries> series = new EnumMap<>(CandleInterval.class);
            for (CandleInterval i : CandleInterval.values()) {
                series.put(i, new CandleSeries(symbol, i, CANDLES_KEPT));
            }
            bySymbol.put(symbol, series);
        }
    }

    public void onTrade(TradePrint t) {
        Map<CandleInterval, CandleSeries> series = bySymbol.get(t.symbol());
        if (series == null) {
            return;
        }
        for (CandleSeries s : series.values()) {
            s.onTrade(t.tradeTimeMs(), t.price(), t.qty());
        }
    }

    public Map<String, CandleView> views() {
        Map<String, CandleView> out = new LinkedHashMap<>();
        bySymbol.forEach((symbol, series) -> out.put(symbol, CandleView.of(symbol, series)));
        return out;
    }
}
