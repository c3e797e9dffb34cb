package dev.osprey.core.market;

import java.util.Arrays;

/**
 * One side's levels when the tick size is known: a {@link TickWindow} of consecutive ticks around the touch,
 * where a level update is an array store, and {@link LevelBlocks} as the overflow for everything else, so no
 * price is ever refused or misplaced: levels beyond either end of the window, and prices off the tick grid (a
 * venue may change its tick while levels at the old one are still in the book).
 *
 * <p>The window follows the touch. A level that becomes the best above the window, or a touch that drifts out of
 * the band below, moves the window so the touch sits at three quarters of it: levels that fall out go to the
 * overflow, on-grid overflow levels it now covers come in. A diff stream updates mostly within a few thousand
 * ticks of the touch, so most updates never reach the overflow.
 *
 * <p>Keys are those of {@link BookSideLevels}; a price on the grid has the key {@code t * tick + offset} for a
 * whole number {@code t} of ticks (offset 0 for bids; -1 for asks, whose key is {@code ~price}).
 */
final class TickIndexedLevels extends SideLevels {
    /**
     * Ticks in the window, 256 KiB of sizes a side. On the BTCUSDT captures (tick 0.01) half the level updates
     * land more than 2,600 ticks from the touch and a tenth more than 14,000; with the touch at three quarters,
     * 32,768 ticks keep 94% of the updates in the window. 8,192 and 16,384 ticks left a third and a sixth in the
     * overflow and moved 9 and 3 times as often; 65,536 and 131,072 were no faster.
     */
    static final int WIDTH = 32_768;

    private final int width;
    /** Where a move puts the touch: room above for it to rise, most of the window below for the depth. */
    private final int touchSlot;
    /** The window moves when the touch leaves [lowMark, highMark). */
    private final int lowMark;
    private final int highMark;

    private final TickGrid grid;
    private final long tick;
    private final long offset;
    private final long minBase;
    private final long maxBase;
    private final TickWindow window;
    private final LevelBlocks overflow = new LevelBlocks();
    private final MergeCursor merged = new MergeCursor();
    /** Ticks from zero of slot 0, and the keys of the window's first and last slot. */
    private long base;
    private long low;
    private long high;
    /** Overflow levels above the window, and within its span (off the grid). */
    private int above;
    private int inside;
    private long[] movedKeys = new long[256];
    private long[] movedSizes = new long[256];

    /** Whether a window of this tick fits among non-negative prices; a tick too coarse for it keeps blocks. */
    static boolean fits(long tick, int width) {
        return tick > 0 && Long.MAX_VALUE / tick > 2L * width;
    }

    TickIndexedLevels(long tick, boolean bids, int width) {
        if (!fits(tick, width)) {
            throw new IllegalArgumentException("no tick window of " + width + " for a tick of " + tick);
        }
        this.width = width;
        this.touchSlot = width * 3 / 4;
        this.lowMark = width / 2;
        this.highMark = width - width / 8;
        this.window = new TickWindow(width);
        this.grid = new TickGrid(tick);
        this.tick = tick;
        this.offset = bids ? 0 : -1;
        // Every key in the window is a price from 0 to Long.MAX_VALUE, and low - 1 is still a key.
        this.minBase = bids ? 0 : -(Long.MAX_VALUE / tick) + 1;
        this.maxBase = bids ? Long.MAX_VALUE / tick - width + 1 : -width + 1;
        place(minBase);
    }

    @Override
    int count() {
        return window.count() + overflow.count();
    }

    /** Levels held in the window itself; tests check that the fast path is the one taken. */
    int windowLevelsForTest() {
        return window.count();
    }

    @Override
    void clear() {
        window.clear();
        overflow.clear();
        above = 0;
        inside = 0;
        merged.forget();
    }

    @Override
    long get(long key) {
        if (key >= low && key <= high) {
            long slot = grid.ticksIn(key - low);
            if (slot >= 0) {
                return window.size((int) slot);
            }
        }
        return overflow.get(key);
    }

    @Override
    void put(long key, long size) {
        if (key >= low && key <= high) {
            long slot = grid.ticksIn(key - low);
            if (slot >= 0) {
                if (window.set((int) slot, size) != 0) {
                    merged.forget();
                    followTouch();
                }
                return;
            }
        }
        int before = overflow.count();
        overflow.put(key, size);
        int change = overflow.count() - before;
        if (change != 0) {
            if (key > high) {
                above += change;
            } else if (key >= low) {
                inside += change;
            }
            merged.forget();
            followTouch();
        }
    }

    @Override
    long keyFromTop(int i) {
        if (i < 0 || i >= count()) {
            throw new IndexOutOfBoundsException("level " + i + " of " + count());
        }
        if (inside > 0) {
            return merged.seek(i) ? keyOf(window.slotFromTop(merged.inWindow))
                    : overflow.keyFromTop(merged.inOverflow);
        }
        if (i < above) {
            return overflow.keyFromTop(i);
        }
        int j = i - above;
        return j < window.count() ? keyOf(window.slotFromTop(j)) : overflow.keyFromTop(i - window.count());
    }

    @Override
    long sizeFromTop(int i) {
        if (i < 0 || i >= count()) {
            throw new IndexOutOfBoundsException("level " + i + " of " + count());
        }
        if (inside > 0) {
            return merged.seek(i) ? window.size(window.slotFromTop(merged.inWindow))
                    : overflow.sizeFromTop(merged.inOverflow);
        }
        if (i < above) {
            return overflow.sizeFromTop(i);
        }
        int j = i - above;
        return j < window.count() ? window.size(window.slotFromTop(j)) : overflow.sizeFromTop(i - window.count());
    }

    private long keyOf(int slot) {
        return low + slot * tick;
    }

    /** Moves the window when the best level has left the band it should sit in. */
    private void followTouch() {
        int top = window.top();
        long touch;
        if (top >= 0 && (above == 0 && inside == 0 || overflow.count() == 0
                || keyOf(top) > overflow.keyFromTop(0))) {
            touch = base + top;
        } else if (overflow.count() == 0) {
            return;
        } else {
            touch = ticksBelow(overflow.keyFromTop(0));
        }
        if (touch >= base + lowMark && touch < base + highMark) {
            return;
        }
        long to = touch < minBase + touchSlot ? minBase : Math.min(maxBase, touch - touchSlot);
        if (to != base) {
            moveTo(to);
        }
    }

    /** Whole ticks from zero at or below a key; keys outside the window's range are clamped to it anyway. */
    private long ticksBelow(long key) {
        if (key == Long.MAX_VALUE && offset != 0) {
            return maxBase + width;
        }
        return Math.floorDiv(key - offset, tick);
    }

    /**
     * Re-centres the window at {@code to}: levels that fall off its ends go to the overflow, the slots that stay
     * shift, and on-grid overflow levels the new span covers come into the window.
     */
    private void moveTo(long to) {
        long shift = to - base;
        if (Math.abs(shift) >= width) {
            spill(0, width);
        } else if (shift > 0) {
            spill(0, (int) shift);
            window.shiftDown((int) shift);
        } else {
            spill(width + (int) shift, width);
            window.shiftDown((int) shift);
        }
        place(to);
        int from = overflow.countAbove(high);
        int until = overflow.countAbove(low - 1);
        int moved = 0;
        for (int r = from; r < until; r++) {
            long key = overflow.keyFromTop(r);
            if (grid.ticksIn(key - low) >= 0) {
                if (moved == movedKeys.length) {
                    movedKeys = Arrays.copyOf(movedKeys, 2 * moved);
                    movedSizes = Arrays.copyOf(movedSizes, 2 * moved);
                }
                movedKeys[moved] = key;
                movedSizes[moved++] = overflow.sizeFromTop(r);
            }
        }
        for (int m = 0; m < moved; m++) {
            overflow.put(movedKeys[m], 0);
            window.set((int) grid.ticksIn(movedKeys[m] - low), movedSizes[m]);
        }
        above = from;
        inside = until - from - moved;
        merged.forget();
    }

    /** Moves the window's levels in slots [from, until) to the overflow. */
    private void spill(int from, int until) {
        for (int s = window.highestAtOrBelow(until - 1); s >= from; s = window.highestAtOrBelow(s - 1)) {
            overflow.put(keyOf(s), window.size(s));
            window.set(s, 0);
        }
    }

    private void place(long to) {
        base = to;
        low = to * tick + offset;
        high = low + (width - 1) * tick;
    }

    /**
     * Level-by-index reads while off-grid levels sit inside the window's span: the window's and the overflow's
     * levels are merged best first, one step per level, so a walk down the book stays linear.
     */
    private final class MergeCursor {
        private int rank = -1;
        int inWindow;
        int inOverflow;
        private boolean fromWindow;

        void forget() {
            rank = -1;
        }

        /** Positions on level {@code i}; true when it is the window's level {@link #inWindow}. */
        boolean seek(int i) {
            if (rank < 0 || i < rank) {
                rank = 0;
                inWindow = 0;
                inOverflow = 0;
                fromWindow = windowNext();
            }
            while (rank < i) {
                if (fromWindow) {
                    inWindow++;
                } else {
                    inOverflow++;
                }
                rank++;
                fromWindow = windowNext();
            }
            return fromWindow;
        }

        private boolean windowNext() {
            if (inWindow == window.count()) {
                return false;
            }
            return inOverflow == overflow.count()
                    || keyOf(window.slotFromTop(inWindow)) > overflow.keyFromTop(inOverflow);
        }
    }
}
