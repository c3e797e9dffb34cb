package dev.osprey.binance;

import dev.osprey.core.market.BookDelta;
import dev.osprey.core.market.BookSnapshot;
import dev.osprey.core.market.FeedState;
import dev.osprey.core.market.FeedStatus;
import dev.osprey.core.market.MarketDataListener;
import dev.osprey.core.market.OrderBook;
import dev.osprey.core.market.TradePrint;
import java.util.ArrayDeque;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One symbol's local book kept by Binance's rule ("How to manage a local order book correctly"): diffs are
 * buffered from the moment the stream opens, a REST snapshot is asked for, diffs with u &lt;= lastUpdateId are
 * dropped, the first applied diff must straddle lastUpdateId+1, and each next U must be the previous u+1. A break
 * is a gap: the book is discarded and a new snapshot fetched. The same rule as the replay's synchroniser, for a
 * live source: the snapshot is requested here, and the connection's own ups and downs are states too.
 *
 * <p>Confined to the feed thread; {@link #state()} and the counters may be read from any thread.
 */
final class LiveBookSync {
    private static final Logger LOG = LoggerFactory.getLogger(LiveBookSync.class);
    static final int MAX_HELD = 10_000;

    private final String symbol;
    private final MarketDataListener out;
    private final Runnable requestSnapshot;
    private final LongSupplier tick;
    private OrderBook book;
    private final ArrayDeque<DepthUpdate> held = new ArrayDeque<>();
    private final FeedCounters counters = new FeedCounters();
    private volatile FeedState state = FeedState.CONNECTING;
    private boolean snapshotLoaded;
    private boolean snapshotAsked;
    private long lastEventTimeMs;

    LiveBookSync(String symbol, MarketDataListener out, Runnable requestSnapshot) {
        this(symbol, out, requestSnapshot, () -> 0);
    }

    /**
     * {@code tick} gives the symbol's tick size (8-dp scaled, 0 while unknown); it is read at each snapshot, so a
     * tick that exchangeInfo changed takes effect at the next resync, and levels at the old tick are kept anyway.
     */
    LiveBookSync(String symbol, MarketDataListener out, Runnable requestSnapshot, LongSupplier tick) {
        this.symbol = symbol;
        this.out = out;
        this.requestSnapshot = requestSnapshot;
        this.tick = tick;
        this.book = new OrderBook(symbol);
    }

    void connecting(String detail) {
        moveTo(FeedState.CONNECTING, detail);
    }

    /** The stream is open: everything from before is void. */
    void begin() {
        reset();
        moveTo(FeedState.SYNCING, "connected; buffering diffs and fetching a depth snapshot");
    }

    void disconnected(String detail) {
        reset();
        moveTo(FeedState.DISCONNECTED, detail);
    }

    void onTrade(TradePrint trade) {
        lastEventTimeMs = Math.max(lastEventTimeMs, trade.eventTimeMs());
        counters.trade();
        out.onMarketEvent(trade);
    }

    void onDiff(DepthUpdate diff) {
        lastEventTimeMs = Math.max(lastEventTimeMs, diff.eventTimeMs);
        if (state == FeedState.LIVE) {
            applyInSequence(diff);
        } else if (snapshotLoaded) {
            applyFirstAfterSnapshot(diff);
        } else if (state == FeedState.SYNCING || state == FeedState.RESYNCING) {
            hold(diff);
        }
    }

    void onSnapshot(DepthUpdate snapshot) {
        snapshotAsked = false;
        if (state != FeedState.SYNCING && state != FeedState.RESYNCING) {
            LOG.debug("{}: snapshot {} ignored while {}", symbol, snapshot.lastUpdateId, state);
            return;
        }
        counters.snapshot();
        load(snapshot);
        while (!held.isEmpty() && held.peek().lastUpdateId <= snapshot.lastUpdateId) {
            held.poll();
            counters.dropped();
        }
        // Held diffs take the same path as arriving ones; any that cannot be applied yet are held again.
        for (int n = held.size(); n > 0; n--) {
            onDiff(held.poll());
        }
    }

    /** The snapshot request failed; the feed retries later through {@link #askAgain()}. */
    void snapshotFailed(String why) {
        snapshotAsked = false;
        LOG.warn("{}: depth snapshot failed: {}", symbol, why);
    }

    /** Whether a snapshot is still needed and none is on its way. */
    boolean needsSnapshot() {
        return !snapshotAsked && !snapshotLoaded && (state == FeedState.SYNCING || state == FeedState.RESYNCING);
    }

    void askAgain() {
        if (needsSnapshot() && !held.isEmpty()) {
            ask();
        }
    }

    private void hold(DepthUpdate diff) {
        if (held.size() == MAX_HELD) {
            held.poll();
            counters.dropped();
        }
        held.add(diff);
        if (!snapshotAsked) {
            ask();
        }
    }

    private void ask() {
        snapshotAsked = true;
        requestSnapshot.run();
    }

    private void applyInSequence(DepthUpdate diff) {
        long last = book.lastUpdateId();
        if (diff.lastUpdateId <= last) {
            counters.dropped();
        } else if (diff.firstUpdateId != last + 1) {
            resync("gap: expected U=" + (last + 1) + " got U=" + diff.firstUpdateId);
            hold(diff);
        } else {
            apply(diff);
        }
    }

    private void applyFirstAfterSnapshot(DepthUpdate diff) {
        long snapshotId = book.lastUpdateId();
        if (diff.lastUpdateId <= snapshotId) {
            counters.dropped();
        } else if (diff.firstUpdateId > snapshotId + 1) {
            resync("gap: snapshot lastUpdateId=" + snapshotId + " but the next diff starts at U="
                    + diff.firstUpdateId);
            hold(diff);
        } else {
            snapshotLoaded = false;
            out.onMarketEvent(new BookSnapshot(symbol, book.lastUpdateId(), book.topBids(book.bidLevels()),
                    book.topAsks(book.askLevels()), lastEventTimeMs));
            moveTo(FeedState.LIVE, "in sync at update id " + book.lastUpdateId());
            apply(diff);
        }
    }

    private void load(DepthUpdate s) {
        long t = tick.getAsLong();
        if (t != book.tick()) {
            book = new OrderBook(symbol, t);
        }
        book.clear();
        for (int i = 0; i < s.bidPrices.length; i++) {
            book.setLevel(true, s.bidPrices[i], s.bidQtys[i]);
        }
        for (int i = 0; i < s.askPrices.length; i++) {
            book.setLevel(false, s.askPrices[i], s.askQtys[i]);
        }
        book.lastUpdateId(s.lastUpdateId);
        snapshotLoaded = true;
    }

    private void apply(DepthUpdate d) {
        for (int i = 0; i < d.bidPrices.length; i++) {
            book.setLevel(true, d.bidPrices[i], d.bidQtys[i]);
        }
        for (int i = 0; i < d.askPrices.length; i++) {
            book.setLevel(false, d.askPrices[i], d.askQtys[i]);
        }
        book.lastUpdateId(d.lastUpdateId);
        counters.applied();
        out.onMarketEvent(new BookDelta(symbol, d.firstUpdateId, d.lastUpdateId, d.bids(), d.asks(),
                d.eventTimeMs));
    }

    private void resync(String detail) {
        counters.gap();
        book.clear();
        snapshotLoaded = false;
        LOG.warn("{}: {}; discarding the book and fetching a new snapshot", symbol, detail);
        moveTo(FeedState.RESYNCING, detail);
    }

    private void reset() {
        book.clear();
        held.clear();
        snapshotLoaded = false;
        snapshotAsked = false;
    }

    private void moveTo(FeedState to, String detail) {
        FeedState from = state;
        if (!LiveFeedTransitions.allowed(from, to)) {
            LOG.debug("{}: no feed state change {} -> {} ({})", symbol, from, to, detail);
            return;
        }
        state = to;
        LOG.info("{}: {} -> {}: {}", symbol, from, to, detail);
        out.onMarketEvent(new FeedStatus(symbol, to, detail, lastEventTimeMs));
    }

    String symbol() {
        return symbol;
    }

    FeedState state() {
        return state;
    }

    FeedCounters counters() {
        return counters;
    }

    /** Read only on the feed thread. */
    OrderBook book() {
        return book;
    }
}
