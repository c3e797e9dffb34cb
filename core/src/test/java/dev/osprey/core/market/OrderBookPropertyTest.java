package dev.osprey.core.market;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Random;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Long random level-update sequences applied to the book and to a plain TreeMap per side, compared after every
 * step: best prices, a top-N, every level by index (walked best first, as the paper matcher does), and sizes
 * looked up by price. The mix is what a diff stream does to a book and then some: updates around a drifting
 * touch, prices crossing it, far-away levels, removals of levels that are not there, bursts that grow a side to
 * thousands of levels, and drains that empty a side. The tick-indexed book (built with the tick) gets the same
 * and more: trends and jumps that run the touch across its window's edges again and again, and prices off the
 * tick grid both near the touch and far away, as when a venue changes its tick.
 */
class OrderBookPropertyTest {
    private static final long TICK = Scaled.parse("0.01");
    private static final int STEPS = 20_000;

    private OrderBook book = new OrderBook("BTCUSDT");
    private final NavigableMap<Long, Long> bids = new TreeMap<>(Comparator.reverseOrder());
    private final NavigableMap<Long, Long> asks = new TreeMap<>();
    private Random random;
    private long mid = Scaled.parse("60000");
    /** Ticks the touch moves per step besides its random walk; the untick'd book's runs keep it at zero. */
    private long trend;
    /** Window width of the tick-indexed book under test; 0 for the untick'd one, whose runs stay as they were. */
    private int windowTicks;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void whenRandomUpdatesApplied_thenBookMatchesReferenceAfterEveryStep(long seed) {
        random = new Random(seed);
        for (int step = 0; step < STEPS; step++) {
            randomStep();
            assertSameBook("seed " + seed + " step " + step);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13, 14, 15})
    void whenTickIndexedBookUpdated_thenItMatchesReferenceAfterEveryStep(long seed) {
        runTickIndexed(seed, 1_024); // narrow: near-touch updates and bursts straddle the window's edges
    }

    @ParameterizedTest
    @ValueSource(longs = {16, 17})
    void whenTickIndexedBookOfFullWidthUpdated_thenItMatchesReferenceAfterEveryStep(long seed) {
        runTickIndexed(seed, TickIndexedLevels.WIDTH);
    }

    private void runTickIndexed(long seed, int windowTicks) {
        book = new OrderBook("BTCUSDT", TICK, windowTicks);
        this.windowTicks = windowTicks;
        random = new Random(seed);
        int crossings = 0;
        long lastBand = Math.floorDiv(mid, TICK * windowTicks / 8);
        for (int step = 0; step < STEPS; step++) {
            randomStep();
            assertSameBook("seed " + seed + " step " + step);
            long band = Math.floorDiv(mid, TICK * windowTicks / 8);
            crossings += band != lastBand ? 1 : 0;
            lastBand = band;
        }
        assertTrue(crossings > 50, "the touch crossed only " + crossings + " eighths of its window");
    }

    @ParameterizedTest
    @ValueSource(longs = {6, 7})
    void whenNegativeSizeRefused_thenBookUnchanged(long seed) {
        random = new Random(seed);
        for (int i = 0; i < 3_000; i++) {
            randomStep();
        }
        List<Level> bidsBefore = book.topBids(Integer.MAX_VALUE);
        List<Level> asksBefore = book.topAsks(Integer.MAX_VALUE);
        long existing = bids.isEmpty() ? mid : bids.firstKey();

        assertThrows(IllegalArgumentException.class, () -> book.setLevel(true, existing, -1));
        assertThrows(IllegalArgumentException.class, () -> book.setLevel(false, mid + 7 * TICK, -5));

        assertEquals(bidsBefore, book.topBids(Integer.MAX_VALUE));
        assertEquals(asksBefore, book.topAsks(Integer.MAX_VALUE));
    }

    private void randomStep() {
        int roll = random.nextInt(1000);
        boolean bid = random.nextBoolean();
        if (roll < 2) {
            drain(bid);
        } else if (roll < 3) {
            book.clear();
            bids.clear();
            asks.clear();
        } else if (roll < 8) {
            for (int i = 0; i < 400; i++) {
                set(bid, nearTouch(bid, 5_000), 1 + random.nextInt(1_000));
            }
        } else if (roll < 10 && windowTicks > 0) {
            trend = random.nextInt(17) - 8;
        } else if (roll < 13 && windowTicks > 0) {
            long ticks = windowTicks / 8 + random.nextInt(2 * windowTicks);
            mid = Math.max(20_000 * TICK, mid + (random.nextBoolean() ? ticks : -ticks) * TICK);
        } else if (roll < 18 && windowTicks > 0) {
            set(bid, nearTouch(bid, 2_000) + 1 + random.nextInt((int) TICK - 1), 1 + random.nextInt(1_000));
        } else if (roll < 100) {
            set(bid, farAway(), random.nextInt(3) == 0 ? 0 : 1 + random.nextInt(1_000));
        } else if (roll < 250) {
            removeExisting(bid);
        } else if (roll < 300) {
            set(bid, nearTouch(!bid, 50), 1 + random.nextInt(1_000)); // crosses the touch
        } else {
            set(bid, nearTouch(bid, 400), random.nextInt(5) < 2 ? 0 : 1 + random.nextInt(1_000));
        }
        mid = Math.max(20_000 * TICK, mid + (trend + random.nextInt(3) - 1) * TICK);
    }

    private long nearTouch(boolean bid, int ticks) {
        long away = random.nextInt(ticks) * TICK;
        return bid ? mid - away : mid + TICK + away;
    }

    private long farAway() {
        return switch (random.nextInt(4)) {
            case 0 -> TICK * (1 + random.nextInt(100));
            case 1 -> random.nextBoolean() ? Long.MAX_VALUE - random.nextInt(3)
                    : (Long.MAX_VALUE / TICK - random.nextInt(100)) * TICK; // the highest prices on the grid
            default -> Math.floorMod(random.nextLong(), Scaled.parse("10000000"));
        };
    }

    private void removeExisting(boolean bid) {
        NavigableMap<Long, Long> side = bid ? bids : asks;
        if (side.isEmpty()) {
            set(bid, nearTouch(bid, 400), 0);
            return;
        }
        List<Long> prices = new ArrayList<>(side.keySet());
        int pick = random.nextInt(4) == 0 ? 0 : random.nextInt(prices.size());
        set(bid, prices.get(pick), 0);
    }

    private void drain(boolean bid) {
        for (Long price : new ArrayList<>((bid ? bids : asks).keySet())) {
            set(bid, price, 0);
        }
    }

    private void set(boolean bid, long price, long size) {
        book.setLevel(bid, price, size);
        if (size == 0) {
            (bid ? bids : asks).remove(price);
        } else {
            (bid ? bids : asks).put(price, size);
        }
    }

    private void assertSameBook(String where) {
        assertEquals(bids.isEmpty() ? OrderBook.NO_PRICE : bids.firstKey(), book.bestBid(), where + " best bid");
        assertEquals(asks.isEmpty() ? OrderBook.NO_PRICE : asks.firstKey(), book.bestAsk(), where + " best ask");
        assertEquals(bids.size(), book.bidLevels(), where + " bid levels");
        assertEquals(asks.size(), book.askLevels(), where + " ask levels");
        int n = random.nextInt(30);
        assertEquals(levels(bids, n), book.topBids(n), where + " top bids");
        assertEquals(levels(asks, n), book.topAsks(n), where + " top asks");
        List<Level> bidDepth = levels(bids, Integer.MAX_VALUE);
        List<Level> askDepth = levels(asks, Integer.MAX_VALUE);
        assertEquals(bidDepth, walk(true), where + " bid depth");
        assertEquals(askDepth, walk(false), where + " ask depth");
        if (!askDepth.isEmpty()) {
            int i = random.nextInt(askDepth.size());
            assertEquals(askDepth.get(i), new Level(book.askPrice(i), book.askSize(i)), where + " ask " + i);
        }
        long probe = nearTouch(random.nextBoolean(), 400);
        assertEquals(bids.getOrDefault(probe, 0L), book.sizeAt(true, probe), where + " bid size at");
        assertEquals(asks.getOrDefault(probe, 0L), book.sizeAt(false, probe), where + " ask size at");
    }

    private List<Level> walk(boolean bid) {
        int n = bid ? book.bidLevels() : book.askLevels();
        List<Level> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(bid ? new Level(book.bidPrice(i), book.bidSize(i)) : new Level(book.askPrice(i), book.askSize(i)));
        }
        return out;
    }

    private static List<Level> levels(NavigableMap<Long, Long> side, int depth) {
        List<Level> out = new ArrayList<>();
        for (Map.Entry<Long, Long> e : side.entrySet()) {
            if (out.size() == depth) {
                break;
            }
            out.add(new Level(e.getKey(), e.getValue()));
        }
        return out;
    }
}
