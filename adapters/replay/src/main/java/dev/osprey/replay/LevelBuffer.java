package dev.osprey.replay;

import dev.osprey.core.market.Level;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Price levels of one book side as parallel growable arrays, reused message after message. */
final class LevelBuffer {
    private long[] prices = new long[64];
    private long[] qtys = new long[64];
    private int count;

    void clear() {
        count = 0;
    }

    void add(long price, long qty) {
        if (count == prices.length) {
            prices = Arrays.copyOf(prices, count * 2);
            qtys = Arrays.copyOf(qtys, count * 2);
        }
        prices[count] = price;
        qtys[count] = qty;
        count++;
    }

    int count() {
        return count;
    }

    long price(int i) {
        return prices[i];
    }

    long qty(int i) {
        return qtys[i];
    }

    void copyFrom(LevelBuffer other) {
        if (prices.length < other.count) {
            prices = new long[other.prices.length];
            qtys = new long[other.qtys.length];
        }
        System.arraycopy(other.prices, 0, prices, 0, other.count);
        System.arraycopy(other.qtys, 0, qtys, 0, other.count);
        count = other.count;
    }

    List<Level> toLevels() {
        List<Level> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(new Level(prices[i], qtys[i]));
        }
        return out;
    }
}
