package dev.osprey.app.ui.chart;

import dev.osprey.core.chart.CandleInterval;
import dev.osprey.core.strategy.Candle;

import java.math.BigDecimal;
import java.util.List;

/**
 * Places candles on a time axis of {@code count} slots, one interval each: from the first candle while they fit
 * (a young series grows from the left), else ending with the newest. A slot is found from a candle's open time, not
 * its index, so an interval without a candle stays an empty slot: a gap in the data shows as a gap on the chart.
 * Pure: no JavaFX.
 */
final class CandleSlots {
    private final CandleInterval interval;
    private final Candle[] slots;
    private final long firstOpen;
    private BigDecimal high;
    private BigDecimal low;

    CandleSlots(List<Candle> candles, CandleInterval interval, int count) {
        this.interval = interval;
        this.slots = new Candle[Math.max(1, count)];
        long lastOpen = candles.isEmpty() ? 0 : candles.get(candles.size() - 1).openTimeMs();
        long firstCandle = candles.isEmpty() ? 0 : candles.get(0).openTimeMs();
        this.firstOpen = Math.max(firstCandle, lastOpen - (slots.length - 1) * interval.millis());
        for (int i = candles.size() - 1; i >= 0; i--) {
            Candle c = candles.get(i);
            int slot = slotOf(c.openTimeMs());
            if (slot < 0) {
                break;
            }
            slots[slot] = c;
            high = high == null ? c.high() : high.max(c.high());
            low = low == null ? c.low() : low.min(c.low());
        }
    }

    int count() {
        return slots.length;
    }

    /** The candle in {@code slot}, or null for a gap (or before the first candle). */
    Candle at(int slot) {
        return slots[slot];
    }

    /** Slot holding time {@code timeMs}, or -1 when it is off the axis. */
    int slotOf(long timeMs) {
        long slot = Math.floorDiv(interval.openOf(timeMs) - firstOpen, interval.millis());
        return slot >= 0 && slot < slots.length ? (int) slot : -1;
    }

    long openOf(int slot) {
        return firstOpen + slot * interval.millis();
    }

    /** Highest high of the candles shown, or null when none is. */
    BigDecimal high() {
        return high;
    }

    BigDecimal low() {
        return low;
    }
}
