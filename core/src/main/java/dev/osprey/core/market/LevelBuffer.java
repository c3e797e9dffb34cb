package dev.osprey.core.market;

import java.util.Arrays;
import java.util.List;

/**
 * Price levels of one book side as parallel growable arrays, reused message after message by the decoders of
 * Binance depth messages (recorded and live), so the hot path allocates nothing per level.
 */
public final class LevelBuffer {
    private long[] prices = new long[64];
    private long[] qtys = new long[64];
    private int count;

    public void clear() {
        count = 0;
    }

    public void add(long price, long qty) {
        if (count == prices.length) {
            prices = Arrays.copyOf(prices, count * 2);
            qtys = Arrays.copyOf(qtys, count * 2);
        }
        prices[count] = price;
        qtys[count] = qty;
        count++;
    }

    public int count() {
        return count;
    }

    public long price(int i) {
        return prices[i];
    }

    public long qty(int i) {
        return qtys[i];
    }

    public void copyFrom(LevelBuffer other) {
        if (prices.length < other.count) {
            prices = new long[other.prices.length];
            qtys = new long[other.qtys.length];
        }
        System.arraycopy(other.prices, 0, prices, 0, other.count);
        System.arraycopy(other.qtys, 0, qtys, 0, other.count);
        count = other.count;
    }

    /** An immutable copy, ready for a {@link BookDelta}. */
    public List<Level> toLevels() {
        return LevelList.copyOf(prices, qtys, count);
    }

    /** Exact-size copies the caller may keep. */
    public long[] prices() {
        return Arrays.copyOf(prices, count);
    }

    public long[] qtys() {
        return Arrays.copyOf(qtys, count);
    }
}
