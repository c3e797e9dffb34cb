package dev.osprey.core.market;

import java.util.Arrays;

/**
 * Sizes in a dense array of consecutive price ticks, slot 0 the lowest key, with one bit a slot telling which
 * are occupied. Setting a level is an array store; the best level is the highest occupied slot, kept up to date;
 * reading levels from the top skips empty slots 64 at a time through the bits. Owned by {@link TickIndexedLevels},
 * which decides what lands here and moves the window as the touch drifts.
 */
final class TickWindow {
    private final int width;
    private final long[] sizes;
    private final long[] occupied;
    private int count;
    private int top = -1;
    /** The slot of the {@code rank}-th level from the top, or rank -1 when forgotten. */
    private int cursorRank = -1;
    private int cursorSlot;

    TickWindow(int width) {
        if (width <= 0 || width % 64 != 0) {
            throw new IllegalArgumentException("window width must be a positive multiple of 64, was " + width);
        }
        this.width = width;
        this.sizes = new long[width];
        this.occupied = new long[width / 64];
    }

    int width() {
        return width;
    }

    int count() {
        return count;
    }

    /** Highest occupied slot, -1 when empty. */
    int top() {
        return top;
    }

    long size(int slot) {
        return sizes[slot];
    }

    /** Sets a slot's size, zero empties it; returns the change in the level count (-1, 0 or +1). */
    int set(int slot, long size) {
        long old = sizes[slot];
        sizes[slot] = size;
        if (old == 0) {
            if (size == 0) {
                return 0;
            }
            occupied[slot >>> 6] |= 1L << slot;
            count++;
            top = Math.max(top, slot);
            cursorRank = -1;
            return 1;
        }
        if (size != 0) {
            return 0;
        }
        occupied[slot >>> 6] &= ~(1L << slot);
        count--;
        if (slot == top) {
            top = highestAtOrBelow(slot - 1);
        }
        cursorRank = -1;
        return -1;
    }

    /** Highest occupied slot at or below {@code slot}, -1 when none. */
    int highestAtOrBelow(int slot) {
        if (slot < 0) {
            return -1;
        }
        int w = slot >>> 6;
        long bits = occupied[w] & (-1L >>> (63 - (slot & 63)));
        while (bits == 0) {
            if (--w < 0) {
                return -1;
            }
            bits = occupied[w];
        }
        return (w << 6) + 63 - Long.numberOfLeadingZeros(bits);
    }

    /** Slot of the {@code rank}-th occupied slot from the top (0 = best); a walk down costs one step a level. */
    int slotFromTop(int rank) {
        if (cursorRank < 0 || rank < cursorRank) {
            cursorRank = 0;
            cursorSlot = top;
        }
        while (cursorRank < rank) {
            cursorSlot = highestAtOrBelow(cursorSlot - 1);
            cursorRank++;
        }
        return cursorSlot;
    }

    /**
     * Moves every level {@code by} slots down (up when negative); the caller has already emptied the slots that
     * would fall off either end.
     */
    void shiftDown(int by) {
        if (by > 0) {
            System.arraycopy(sizes, by, sizes, 0, width - by);
            Arrays.fill(sizes, width - by, width, 0);
        } else if (by < 0) {
            System.arraycopy(sizes, 0, sizes, -by, width + by);
            Arrays.fill(sizes, 0, -by, 0);
        }
        int words = occupied.length;
        int wordShift = Math.abs(by) >>> 6;
        int bits = Math.abs(by) & 63;
        if (by > 0) {
            for (int w = 0; w < words; w++) {
                long lo = w + wordShift < words ? occupied[w + wordShift] >>> bits : 0;
                long hi = bits != 0 && w + wordShift + 1 < words ? occupied[w + wordShift + 1] << (64 - bits) : 0;
                occupied[w] = lo | hi;
            }
        } else if (by < 0) {
            for (int w = words - 1; w >= 0; w--) {
                long hi = w - wordShift >= 0 ? occupied[w - wordShift] << bits : 0;
                long lo = bits != 0 && w - wordShift - 1 >= 0 ? occupied[w - wordShift - 1] >>> (64 - bits) : 0;
                occupied[w] = hi | lo;
            }
        }
        top = highestAtOrBelow(width - 1);
        cursorRank = -1;
    }

    void clear() {
        for (int s = top; s >= 0; s = highestAtOrBelow(s - 1)) {
            sizes[s] = 0;
        }
        Arrays.fill(occupied, 0);
        count = 0;
        top = -1;
        cursorRank = -1;
    }
}
