package dev.osprey.core.market;

import java.util.ArrayList;
import java.util.List;

/**
 * One side of an L2 book, best level first. Levels live in {@link LevelBlocks} under a key that grows as the
 * price gets better: the price itself for bids, its bitwise complement for asks ({@code ~p} reverses the order of
 * every long, so no price overflows). Both sides then share one ascending structure with the touch at its top.
 * With a known tick the levels are {@link TickIndexedLevels}, otherwise {@link LevelBlocks}.
 */
final class BookSideLevels {
    private final boolean bids;
    private final SideLevels levels;

    /** A side for prices on a grid of {@code tick} (8-dp scaled; 0 when unknown), with a window of that many ticks. */
    BookSideLevels(boolean bids, long tick, int windowTicks) {
        if (tick < 0) {
            throw new IllegalArgumentException("negative tick " + Scaled.format(tick));
        }
        this.bids = bids;
        this.levels = TickIndexedLevels.fits(tick, windowTicks) ? new TickIndexedLevels(tick, bids, windowTicks)
                : new LevelBlocks();
    }

    void clear() {
        levels.clear();
    }

    int count() {
        return levels.count();
    }

    long price(int i) {
        return priceOf(levels.keyFromTop(i));
    }

    long size(int i) {
        return levels.sizeFromTop(i);
    }

    /** Sets a level's size; zero removes it (removing an absent level is a no-op, as Binance allows). */
    void set(long price, long size) {
        if (size < 0) {
            throw new IllegalArgumentException("negative size " + Scaled.format(size));
        }
        levels.put(keyOf(price), size);
    }

    /** Size at a price, zero when absent. */
    long sizeAt(long price) {
        return levels.get(keyOf(price));
    }

    List<Level> top(int depth) {
        int n = Math.min(depth, levels.count());
        List<Level> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(new Level(price(i), size(i)));
        }
        return out;
    }

    private long keyOf(long price) {
        return bids ? price : ~price;
    }

    private long priceOf(long key) {
        return bids ? key : ~key;
    }
}
