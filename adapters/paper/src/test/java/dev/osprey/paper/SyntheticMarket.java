package dev.osprey.paper;

import dev.osprey.core.market.BookDelta;
import dev.osprey.core.market.BookSnapshot;
import dev.osprey.core.market.Level;
import dev.osprey.core.market.MarketEvent;
import dev.osprey.core.market.Scaled;
import dev.osprey.core.market.TradePrint;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A random but well-formed market for property tests: five levels a side around a mid that walks by whole ticks,
 * never crossed, and trades at or through the touch. Same seed, same market.
 */
final class SyntheticMarket {
    static final String SYMBOL = "BTCUSDT";
    static final long TICK = Scaled.parse("0.01");
    private static final int DEPTH = 5;

    private final Random random;
    private final String symbol;
    /** Mid in ticks: bids at mid-1 and below, asks at mid+1 and above. */
    private long midTicks;
    private long timeMs;
    private long updateId = 1;
    private long tradeId;

    SyntheticMarket(Random random, long startMs) {
        this.random = random;
        this.symbol = SYMBOL;
        this.midTicks = 10_000;
        this.timeMs = startMs;
    }

    long timeMs() {
        return timeMs;
    }

    long midPrice() {
        return midTicks * TICK;
    }

    BookSnapshot snapshot() {
        return new BookSnapshot(symbol, updateId, levels(-1), levels(1), timeMs);
    }

    /** The mid moves by up to two ticks either way and the five levels each side are re-sized. */
    BookDelta move() {
        long before = midTicks;
        midTicks += random.nextInt(5) - 2;
        List<Level> bids = levels(-1);
        List<Level> asks = levels(1);
        // Levels that fell out of the five each side are removed.
        for (long t = before - DEPTH; t < before; t++) {
            if (t < midTicks - DEPTH || t >= midTicks) {
                bids.add(new Level(t * TICK, 0));
            }
        }
        for (long t = before + 1; t <= before + DEPTH; t++) {
            if (t <= midTicks || t > midTicks + DEPTH) {
                asks.add(new Level(t * TICK, 0));
            }
        }
        timeMs += 1 + random.nextInt(50);
        long first = ++updateId;
        return new BookDelta(symbol, first, first, bids, asks, timeMs);
    }

    /** A print at the touch or one tick through it, by a buyer or a seller. */
    TradePrint trade() {
        boolean sellerHits = random.nextBoolean();
        long offset = 1 + (random.nextInt(4) == 0 ? 1 : 0);
        long price = (sellerHits ? midTicks - offset : midTicks + offset) * TICK;
        long qty = Scaled.ONE / 10 * (1 + random.nextInt(30));
        timeMs += random.nextInt(20);
        return new TradePrint(symbol, ++tradeId, price, qty, sellerHits, timeMs, timeMs);
    }

    /** Nothing changes; only market time moves on. */
    BookDelta quiet(long forMs) {
        timeMs += forMs;
        long id = ++updateId;
        return new BookDelta(symbol, id, id, List.of(), List.of(), timeMs);
    }

    MarketEvent next() {
        return random.nextInt(3) == 0 ? trade() : move();
    }

    /** {@code direction} -1 for bids (below the mid), 1 for asks. */
    private List<Level> levels(int direction) {
        List<Level> out = new ArrayList<>(DEPTH + 2);
        for (int i = 1; i <= DEPTH; i++) {
            long size = Scaled.ONE / 10 * (1 + random.nextInt(50));
            out.add(new Level((midTicks + direction * i) * TICK, size));
        }
        return out;
    }
}
