package dev.osprey.core.market;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One side of an L2 book as two parallel sorted arrays, best price at index 0.
 * Binary search plus an array copy beats a TreeMap of boxed keys for books of a few thousand levels.
 */
final class BookSideLevels {
    private final boolean descending;
    private long[] prices = new long[256];
    private long[] sizes = new long[256];
    private int count;

    BookSideLevels(boolean descending) {
        this.descending = descending;
    }

    void clear() {
        count = 0;
    }

    int count() {
        return count;
    }

    long price(int i) {
        return prices[i];
    }

    long size(int i) {
        return sizes[i];
    }

    /** Sets a level's size; zero removes it (removing an absent level is a no-op, as Binance allows). */
    void set(long price, long size) {
        if (size < 0) {
            throw new IllegalArgumentException("negative size " + Scaled.format(size));
        }
        int i = find(price);
        if (i >= 0) {
            if (size == 0) {
                System.arraycopy(prices, i + 1, prices, i, count - i - 1);
                System.arraycopy(sizes, i + 1, sizes, i, count - i - 1);
                count--;
            } else {
                sizes[i] = size;
            }
        } else if (size != 0) {
            int at = -i - 1;
            if (count == prices.length) {
                prices = Arrays.copyOf(prices, count * 2);
                sizes = Arrays.copyOf(sizes, count * 2);
            }
            System.arraycopy(prices, at, prices, at + 1, count - at);
            System.arraycopy(sizes, at, sizes, at + 1, count - at);
            prices[at] = price;
            sizes[at] = size;
            count++;
        }
    }

    /** Size at a price, zero when absent. */
    long sizeAt(long price) {
        int i = find(price);
        return i >= 0 ? sizes[i] : 0;
    }

    List<Level> top(int depth) {
        int n = Math.min(depth, count);
        List<Level> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(new Level(prices[i], sizes[i]));
        }
        return out;
    }

    /** Index of price, or -(insertion point) - 1, in best-first order. */
    private int find(long price) {
        int lo = 0;
        int hi = count - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            long p = prices[mid];
            if (p == price) {
                return mid;
            }
            boolean before = descending ? p > price : p < price;
            if (before) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return -(lo + 1);
    }
}
