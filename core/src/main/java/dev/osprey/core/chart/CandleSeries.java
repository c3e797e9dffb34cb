package dev.osprey.core.chart;

import dev.osprey.core.market.Scaled;
import dev.osprey.core.strategy.Candle;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Candles of one symbol at one interval, built from trades on the engine thread. The forming candle is kept in
 * {@code Scaled} longs (a trade costs a few comparisons, no allocation); a candle becomes a {@link Candle} when it
 * closes. An interval without trades gets no candle: a gap stays a gap. The oldest candles go beyond
 * {@code capacity}. A trade older than the forming candle means the source went back in time (a looping replay):
 * the series starts over.
 */
public final class CandleSeries {
    private final String symbol;
    private final CandleInterval interval;
    private final int capacity;
    private final Deque<Candle> closed = new ArrayDeque<>();
    private boolean forming;
    private long openTime;
    private long open;
    private long high;
    private long low;
    private long close;
    private long volume;
    private List<Candle> published = List.of();
    private boolean changed;

    public CandleSeries(String symbol, CandleInterval interval, int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be >= 1, was " + capacity);
        }
        this.symbol = symbol;
        this.interval = interval;
        this.capacity = capacity;
    }

    public void onTrade(long timeMs, long price, long qty) {
        long candleOpen = interval.openOf(timeMs);
        if (forming && candleOpen < openTime) {
            closed.clear();
            forming = false;
        }
        if (forming && candleOpen > openTime) {
            closeForming();
        }
        if (!forming) {
            forming = true;
            openTime = candleOpen;
            open = price;
            high = price;
            low = price;
            volume = 0;
        }
        high = Math.max(high, price);
        low = Math.min(low, price);
        close = price;
        volume += qty;
        changed = true;
    }

    private void closeForming() {
        closed.addLast(forming());
        forming = false;
        while (closed.size() >= capacity) {
            closed.removeFirst();
        }
    }

    private Candle forming() {
        return new Candle(symbol, openTime, openTime + interval.millis() - 1, Scaled.toBigDecimal(open),
                Scaled.toBigDecimal(high), Scaled.toBigDecimal(low), Scaled.toBigDecimal(close),
                Scaled.toBigDecimal(volume));
    }

    /** Closed candles, oldest first, then the forming one; the same list until another trade arrives. */
    public List<Candle> candles() {
        if (changed) {
            List<Candle> out = new ArrayList<>(closed.size() + 1);
            out.addAll(closed);
            if (forming) {
                out.add(forming());
            }
            published = List.copyOf(out);
            changed = false;
        }
        return published;
    }

    public CandleInterval interval() {
        return interval;
    }
}
