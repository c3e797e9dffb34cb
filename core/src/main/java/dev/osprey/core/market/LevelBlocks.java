package dev.osprey.core.market;

import java.util.Arrays;

/**
 * Price levels as ascending {@code long} keys with their sizes, cut into sorted blocks of at most {@link #BLOCK}
 * levels, plus a directory of each block's lowest key. A level added or removed shifts only its own block, never
 * the whole side: a Binance book holds 2,000-3,000 levels a side and most updates land within a few hundred of
 * the touch, so a single sorted array spent most of its time moving memory. The key order is the caller's (see
 * {@link BookSideLevels}); the highest key is the best level, so "from the top" means best first.
 *
 * <p>A block is one {@code long[]} of key, size pairs side by side, so a level's size sits in the cache line its
 * key was found in. Blocks that empty out, and neighbours that fit in half a block together, are merged away so
 * the directory stays short; retired block arrays are kept past {@code blocks} and reused, so a warmed-up book
 * allocates nothing.
 */
final class LevelBlocks extends SideLevels {
    static final int BLOCK = 32;
    private static final int HALF = BLOCK / 2;
    private static final int LINEAR_STEPS = 8;

    /** Block {@code b} holds {@code fill[b]} levels: key at {@code 2i}, size at {@code 2i + 1}. */
    private long[][] levels = new long[8][];
    private long[] lowest = new long[8];
    private int[] fill = new int[8];
    private int blocks;
    private int lastBlock;
    private int count;
    private final TopCursor cursor = new TopCursor();

    int count() {
        return count;
    }

    void clear() {
        blocks = 0;
        count = 0;
        cursor.forget();
    }

    /** Size at a key, zero when absent. */
    long get(long key) {
        if (blocks == 0) {
            return 0;
        }
        int b = blockFor(key);
        int i = indexIn(levels[b], fill[b], key);
        return i >= 0 ? levels[b][2 * i + 1] : 0;
    }

    /** Sets a level's size; zero removes it, and removing an absent level changes nothing. */
    void put(long key, long size) {
        if (blocks == 0) {
            if (size != 0) {
                openBlock(0);
                insert(0, 0, key, size);
            }
            return;
        }
        int b = blockFor(key);
        int i = indexIn(levels[b], fill[b], key);
        if (i >= 0) {
            if (size != 0) {
                levels[b][2 * i + 1] = size;
            } else {
                remove(b, i);
            }
        } else if (size != 0) {
            int at = -i - 1;
            if (fill[b] == BLOCK) {
                split(b);
                if (at > HALF) {
                    at -= HALF;
                    b++;
                }
            }
            insert(b, at, key, size);
        }
    }

    /** How many keys are above {@code key}. */
    int countAbove(long key) {
        if (blocks == 0) {
            return 0;
        }
        int b = lastAtOrBelow(0, blocks - 1, key);
        int i = indexIn(levels[b], fill[b], key);
        int n = i >= 0 ? fill[b] - i - 1 : fill[b] + i + 1;
        for (int above = b + 1; above < blocks; above++) {
            n += fill[above];
        }
        return n;
    }

    /** Key of the {@code i}-th level counting from the highest (0 = best). */
    long keyFromTop(int i) {
        int b = cursor.seek(i);
        return levels[b][2 * (fill[b] - 1 - (i - cursor.above))];
    }

    long sizeFromTop(int i) {
        int b = cursor.seek(i);
        return levels[b][2 * (fill[b] - 1 - (i - cursor.above)) + 1];
    }

    /**
     * Last block whose lowest key is at or below {@code key}; block 0 when the key is below them all. A depth
     * diff lists each side from the touch outwards, so the search starts at the block the previous update used
     * and steps outwards (an update above that block starts from the touch instead); a key more than a few
     * blocks away is found by a binary search of what is left.
     */
    private int blockFor(long key) {
        int from = Math.min(lastBlock, blocks - 1);
        int floor = 0;
        if (from + 1 < blocks && lowest[from + 1] <= key) {
            floor = from + 1;
            from = blocks - 1;
        }
        int b = from;
        while (b > floor && lowest[b] > key) {
            if (from - b == LINEAR_STEPS) {
                b = lastAtOrBelow(floor, b - 1, key);
                break;
            }
            b--;
        }
        lastBlock = b;
        return b;
    }

    /** Last block in [floor, to] whose lowest key is at or below {@code key}; floor when none above it is. */
    private int lastAtOrBelow(int floor, int to, long key) {
        int lo = floor + 1;
        int hi = to;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (lowest[mid] <= key) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return lo - 1;
    }

    /**
     * Index of key among the n &gt;= 1 levels of a block, or -(insertion point) - 1. Halving without an early exit lets the
     * JIT use conditional moves: the branch of a classic binary search is a coin toss the CPU keeps losing.
     */
    private static int indexIn(long[] block, int n, long key) {
        int base = 0;
        while (n > 1) {
            int half = n >>> 1;
            base = block[2 * (base + half)] <= key ? base + half : base;
            n -= half;
        }
        long found = block[2 * base];
        if (found == key) {
            return base;
        }
        return -(base + (found < key ? 1 : 0)) - 1;
    }

    private void insert(int b, int at, long key, long size) {
        long[] block = levels[b];
        int n = fill[b];
        System.arraycopy(block, 2 * at, block, 2 * at + 2, 2 * (n - at));
        block[2 * at] = key;
        block[2 * at + 1] = size;
        fill[b] = n + 1;
        lowest[b] = block[0];
        count++;
        cursor.forget();
    }

    private void remove(int b, int at) {
        long[] block = levels[b];
        int n = fill[b] - 1;
        System.arraycopy(block, 2 * at + 2, block, 2 * at, 2 * (n - at));
        fill[b] = n;
        count--;
        cursor.forget();
        if (n == 0) {
            closeBlock(b);
            return;
        }
        lowest[b] = block[0];
        if (b > 0 && fill[b - 1] + n <= HALF) {
            mergeIntoPrevious(b);
        } else if (b + 1 < blocks && fill[b + 1] + n <= HALF) {
            mergeIntoPrevious(b + 1);
        }
    }

    /** Moves the upper half of a full block into a new block right after it. */
    private void split(int b) {
        openBlock(b + 1);
        System.arraycopy(levels[b], 2 * HALF, levels[b + 1], 0, 2 * (BLOCK - HALF));
        fill[b] = HALF;
        fill[b + 1] = BLOCK - HALF;
        lowest[b + 1] = levels[b + 1][0];
    }

    private void mergeIntoPrevious(int b) {
        int into = fill[b - 1];
        System.arraycopy(levels[b], 0, levels[b - 1], 2 * into, 2 * fill[b]);
        fill[b - 1] = into + fill[b];
        closeBlock(b);
    }

    /** Makes room for an empty block at position {@code b}, reusing a retired block's array when there is one. */
    private void openBlock(int b) {
        if (blocks == levels.length) {
            int grown = blocks * 2;
            levels = Arrays.copyOf(levels, grown);
            lowest = Arrays.copyOf(lowest, grown);
            fill = Arrays.copyOf(fill, grown);
        }
        long[] block = levels[blocks] != null ? levels[blocks] : new long[2 * BLOCK];
        shift(b, b + 1, blocks - b);
        levels[b] = block;
        fill[b] = 0;
        blocks++;
    }

    /** Drops block {@code b} from the directory, parking its array just past the live blocks. */
    private void closeBlock(int b) {
        long[] block = levels[b];
        shift(b + 1, b, blocks - b - 1);
        blocks--;
        levels[blocks] = block;
    }

    private void shift(int from, int to, int n) {
        System.arraycopy(levels, from, levels, to, n);
        System.arraycopy(lowest, from, lowest, to, n);
        System.arraycopy(fill, from, fill, to, n);
    }

    /**
     * Where the last index lookup ended: walking a side best-first (the paper matcher, snapshots, the desk's
     * ladder) then costs one step per level instead of a walk from the top each time. Forgotten on any insert or
     * removal, since those move levels between blocks.
     */
    private final class TopCursor {
        private int block = -1;
        private int above;

        void forget() {
            block = -1;
        }

        /** Block holding the {@code i}-th level from the top; {@link #above} is the count of levels above it. */
        int seek(int i) {
            if (i < 0 || i >= count) {
                throw new IndexOutOfBoundsException("level " + i + " of " + count);
            }
            if (block < 0 || i < above) {
                block = blocks - 1;
                above = 0;
            }
            while (i >= above + fill[block]) {
                above += fill[block];
                block--;
            }
            return block;
        }
    }
}
