package dev.osprey.core.market;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * An immutable list of levels kept as two {@code long} arrays, a {@link Level} made only when one is read. A live
 * Binance feed emits a {@link BookDelta} of a few dozen levels ten times a second per symbol; as Level objects
 * those were a quarter of the feed's time, and a reader that walks the list in a loop (the engine's book) usually
 * never lets the Level escape, so the JIT does not allocate it at all.
 */
public final class LevelList extends AbstractList<Level> implements RandomAccess {
    private static final LevelList EMPTY = new LevelList(new long[0], new long[0]);

    private final long[] prices;
    private final long[] qtys;

    private LevelList(long[] prices, long[] qtys) {
        this.prices = prices;
        this.qtys = qtys;
    }

    /** Copies the first {@code n} prices and sizes, so the caller may go on changing its arrays. */
    public static LevelList copyOf(long[] prices, long[] qtys, int n) {
        if (n < 0 || n > prices.length || n > qtys.length) {
            throw new IndexOutOfBoundsException(n + " levels of " + prices.length + " prices, " + qtys.length + " sizes");
        }
        if (n == 0) {
            return EMPTY;
        }
        return new LevelList(Arrays.copyOf(prices, n), Arrays.copyOf(qtys, n));
    }

    /** The list itself when it is already a LevelList (immutable), else an immutable copy of any other list. */
    static List<Level> immutable(List<Level> levels) {
        return levels instanceof LevelList ? levels : List.copyOf(levels);
    }

    @Override
    public Level get(int index) {
        return new Level(prices[index], qtys[index]);
    }

    @Override
    public int size() {
        return prices.length;
    }
}
