package dev.osprey.app.backtest;

import dev.osprey.core.strategy.Candle;

import java.util.ArrayList;
import java.util.List;

/** Missing intervals in a candle series, e.g. the Binance spot halt of 2023-03-24 13:00 UTC. */
public final class CandleGaps {

    /** A run of {@code missing} intervals, the first opening at {@code fromOpenMs}. */
    public record Gap(long fromOpenMs, int missing) {
    }

    private CandleGaps() {
    }

    /** The interval is the series' smallest step between opens; every larger step is a gap. */
    public static List<Gap> find(List<Candle> candles) {
        List<Gap> gaps = new ArrayList<>();
        if (candles.size() < 2) {
            return gaps;
        }
        long interval = Long.MAX_VALUE;
        for (int i = 1; i < candles.size(); i++) {
            interval = Math.min(interval, candles.get(i).openTimeMs() - candles.get(i - 1).openTimeMs());
        }
        for (int i = 1; i < candles.size(); i++) {
            long step = candles.get(i).openTimeMs() - candles.get(i - 1).openTimeMs();
            if (step > interval) {
                gaps.add(new Gap(candles.get(i - 1).openTimeMs() + interval, (int) (step / interval - 1)));
            }
        }
        return gaps;
    }
}
