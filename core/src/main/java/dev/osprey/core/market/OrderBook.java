package dev.osprey.core.market;

import java.math.BigDecimal;
import java.util.List;

/**
 * A local L2 book built from {@link BookSnapshot} and {@link BookDelta} events. Not thread-safe: each owner
 * (engine, paper venue, replay) keeps its own copy and applies events on its own thread.
 */
public final class OrderBook {
    public static final long NO_PRICE = Long.MIN_VALUE;

    private final String symbol;
    private final long tick;
    private final BookSideLevels bids;
    private final BookSideLevels asks;
    private long lastUpdateId = -1;

    /** A book for a symbol whose tick size is not known: any price is kept in sorted blocks. */
    public OrderBook(String symbol) {
        this(symbol, 0);
    }

    /**
     * A book for a symbol quoted on a grid of {@code tick} (8-dp scaled, see {@link Scaled}; 0 when unknown).
     * Levels near the touch are then kept in an array indexed by tick, several times faster to update; a price
     * off the grid is still kept, only more slowly. Reads behave the same either way.
     */
    public OrderBook(String symbol, long tick) {
        this(symbol, tick, TickIndexedLevels.WIDTH);
    }

    /** With a window of {@code windowTicks}: tests use a narrow one so the touch runs across its edges often. */
    OrderBook(String symbol, long tick, int windowTicks) {
        this.symbol = symbol;
        this.tick = tick;
        this.bids = new BookSideLevels(true, tick, windowTicks);
        this.asks = new BookSideLevels(false, tick, windowTicks);
    }

    /**
     * An instrument's tick size as {@link OrderBook#OrderBook(String, long)} takes it: 0 (unknown) when the tick
     * has more than 8 decimals or is too large for a scaled long, since such a grid cannot be indexed.
     */
    public static long tickOf(BigDecimal tickSize) {
        try {
            BigDecimal scaled = tickSize.movePointRight(Scaled.SCALE);
            return scaled.signum() > 0 ? scaled.longValueExact() : 0;
        } catch (ArithmeticException e) {
            return 0;
        }
    }

    public String symbol() {
        return symbol;
    }

    /** The tick this book was built for, 0 when unknown. */
    public long tick() {
        return tick;
    }

    public void apply(MarketEvent event) {
        if (event instanceof BookSnapshot s) {
            reset(s);
        } else if (event instanceof BookDelta d) {
            apply(d);
        }
    }

    public void reset(BookSnapshot snapshot) {
        bids.clear();
        asks.clear();
        for (Level l : snapshot.bids()) {
            bids.set(l.price(), l.qty());
        }
        for (Level l : snapshot.asks()) {
            asks.set(l.price(), l.qty());
        }
        lastUpdateId = snapshot.lastUpdateId();
    }

    public void apply(BookDelta delta) {
        for (Level l : delta.bids()) {
            bids.set(l.price(), l.qty());
        }
        for (Level l : delta.asks()) {
            asks.set(l.price(), l.qty());
        }
        lastUpdateId = delta.lastUpdateId();
    }

    /** Sets one level directly; used by the synchroniser's hot path to avoid building records. */
    public void setLevel(boolean bid, long price, long qty) {
        (bid ? bids : asks).set(price, qty);
    }

    public void clear() {
        bids.clear();
        asks.clear();
        lastUpdateId = -1;
    }

    public void lastUpdateId(long id) {
        this.lastUpdateId = id;
    }

    public long lastUpdateId() {
        return lastUpdateId;
    }

    public boolean isEmpty() {
        return bids.count() == 0 && asks.count() == 0;
    }

    public long bestBid() {
        return bids.count() == 0 ? NO_PRICE : bids.price(0);
    }

    public long bestAsk() {
        return asks.count() == 0 ? NO_PRICE : asks.price(0);
    }

    public int bidLevels() {
        return bids.count();
    }

    public int askLevels() {
        return asks.count();
    }

    /** Level {@code i} of a side, best first: price and size. */
    public long bidPrice(int i) {
        return bids.price(i);
    }

    public long bidSize(int i) {
        return bids.size(i);
    }

    public long askPrice(int i) {
        return asks.price(i);
    }

    public long askSize(int i) {
        return asks.size(i);
    }

    public long sizeAt(boolean bid, long price) {
        return (bid ? bids : asks).sizeAt(price);
    }

    public List<Level> topBids(int depth) {
        return bids.top(depth);
    }

    public List<Level> topAsks(int depth) {
        return asks.top(depth);
    }
}
