package dev.osprey.replay;

import dev.osprey.core.market.LevelBuffer;
import dev.osprey.core.market.FeedState;
import dev.osprey.core.market.FeedStatus;
import dev.osprey.core.market.MarketDataListener;
import dev.osprey.core.market.OrderBook;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps one symbol's local book in step with Binance diff-depth messages, following Binance's "How to manage a
 * local order book correctly": diffs are held until a snapshot arrives, diffs with u &lt;= lastUpdateId are
 * dropped, the first applied diff must straddle lastUpdateId+1 (U &lt;= lastUpdateId+1 &lt;= u), and each next U
 * must be the previous u+1. Any break is a gap: the book is discarded and rebuilt from the next snapshot.
 *
 * <p>Emits core events to its listener: a BookSnapshot when the book comes in sync, a BookDelta per applied diff,
 * a TradePrint per trade and a FeedStatus per state change. Single-threaded: call everything from one thread;
 * {@link #state()} and {@link #stats()} may be read from any thread.
 */
public final class BookSynchronizer {
    private static final Logger LOG = LoggerFactory.getLogger(BookSynchronizer.class);

    private final String symbol;
    private final OrderBook book;
    private final MarketDataListener listener;
    private final SnapshotSource snapshots;
    private final DiffBuffer held = new DiffBuffer();
    private final SyncCounters counters = new SyncCounters();
    private volatile FeedState state = FeedState.CONNECTING;
    /** The book holds a snapshot and waits for the first diff that straddles it. */
    private boolean snapshotLoaded;
    private long lastEventTimeMs;

    public BookSynchronizer(String symbol, MarketDataListener listener) {
        this(symbol, listener, SnapshotSource.NEXT_IN_CAPTURE);
    }

    public BookSynchronizer(String symbol, MarketDataListener listener, SnapshotSource snapshots) {
        this.symbol = Objects.requireNonNull(symbol, "symbol");
        this.book = new OrderBook(symbol);
        this.listener = Objects.requireNonNull(listener, "listener");
        this.snapshots = Objects.requireNonNull(snapshots, "snapshots");
    }

    /** Starts, or restarts for a looping replay, from nothing: no book, nothing held, counters kept. */
    public void begin() {
        book.clear();
        held.clear();
        snapshotLoaded = false;
        moveTo(FeedState.SYNCING, "waiting for a depth snapshot");
        lastEventTimeMs = 0; // a looping replay goes back in time
    }

    public void onMessage(FeedMessage message) {
        if (state == FeedState.CONNECTING) {
            begin();
        }
        counters.event();
        if (message.hasEventTime()) {
            lastEventTimeMs = Math.max(lastEventTimeMs, message.eventTimeMs);
        }
        switch (message.kind) {
            case DEPTH_DIFF -> onDiff(message);
            case DEPTH_SNAPSHOT -> onSnapshot(message);
            case TRADE -> {
                counters.trade();
                listener.onMarketEvent(MarketEvents.trade(message));
            }
            case BOOK_TICKER, OTHER -> {
                // Counted only: the diff stream is what the book is built from.
            }
        }
    }

    /** The capture is over. */
    public void end() {
        held.clear();
        moveTo(FeedState.ENDED, "end of capture");
    }

    /** The source failed (e.g. a capture file could not be read). */
    public void fail(String detail) {
        moveTo(FeedState.DISCONNECTED, detail);
    }

    private void onDiff(FeedMessage diff) {
        if (state == FeedState.LIVE) {
            applyInSequence(diff);
        } else if (snapshotLoaded) {
            applyFirstAfterSnapshot(diff);
        } else {
            counters.dropped(held.hold(diff));
        }
    }

    private void applyInSequence(FeedMessage diff) {
        long last = book.lastUpdateId();
        if (diff.lastUpdateId <= last) {
            counters.dropped(1); // already in the book: a repeat cannot change it
        } else if (diff.firstUpdateId != last + 1) {
            resync("gap: expected U=" + (last + 1) + " got U=" + diff.firstUpdateId);
            counters.dropped(held.hold(diff));
        } else {
            apply(diff);
        }
    }

    private void applyFirstAfterSnapshot(FeedMessage diff) {
        long snapshotId = book.lastUpdateId();
        if (diff.lastUpdateId <= snapshotId) {
            counters.dropped(1);
        } else if (diff.firstUpdateId > snapshotId + 1) {
            resync(snapshotTooOld(snapshotId, diff.firstUpdateId));
            counters.dropped(held.hold(diff));
        } else {
            goLive();
            apply(diff);
        }
    }

    private void onSnapshot(FeedMessage snapshot) {
        if (state == FeedState.LIVE || state == FeedState.ENDED || state == FeedState.DISCONNECTED) {
            LOG.debug("{}: snapshot {} ignored while {}", symbol, snapshot.lastUpdateId, state);
            return;
        }
        load(snapshot);
        counters.dropped(held.dropThrough(snapshot.lastUpdateId));
        // The held diffs take the same path as arriving ones: the first must straddle the snapshot, each next
        // must follow on, and any that cannot be applied yet are held again, in order.
        for (int n = held.size(); n > 0; n--) {
            FeedMessage diff = held.take();
            onDiff(diff);
            held.recycle(diff);
        }
    }

    private static String snapshotTooOld(long lastUpdateId, long firstU) {
        return "gap: snapshot lastUpdateId=" + lastUpdateId + " but the next diff starts at U=" + firstU;
    }

    private void load(FeedMessage snapshot) {
        book.clear();
        for (int i = 0; i < snapshot.bids.count(); i++) {
            book.setLevel(true, snapshot.bids.price(i), snapshot.bids.qty(i));
        }
        for (int i = 0; i < snapshot.asks.count(); i++) {
            book.setLevel(false, snapshot.asks.price(i), snapshot.asks.qty(i));
        }
        book.lastUpdateId(snapshot.lastUpdateId);
        snapshotLoaded = true;
    }

    private void apply(FeedMessage diff) {
        LevelBuffer bids = diff.bids;
        for (int i = 0; i < bids.count(); i++) {
            book.setLevel(true, bids.price(i), bids.qty(i));
        }
        LevelBuffer asks = diff.asks;
        for (int i = 0; i < asks.count(); i++) {
            book.setLevel(false, asks.price(i), asks.qty(i));
        }
        book.lastUpdateId(diff.lastUpdateId);
        counters.applied();
        listener.onMarketEvent(MarketEvents.delta(diff));
    }

    private void goLive() {
        snapshotLoaded = false;
        listener.onMarketEvent(MarketEvents.snapshot(book, lastEventTimeMs));
        moveTo(FeedState.LIVE, "in sync at update id " + book.lastUpdateId());
    }

    /** Diffs held from here on may line up with the next snapshot, so the held ones are kept. */
    private void resync(String detail) {
        counters.gap();
        counters.resync();
        book.clear();
        snapshotLoaded = false;
        LOG.warn("{}: {}; discarding the book and waiting for a new snapshot", symbol, detail);
        moveTo(FeedState.RESYNCING, detail);
        snapshots.requestSnapshot(symbol);
    }

    private void moveTo(FeedState to, String detail) {
        FeedState from = state;
        if (!FeedTransitions.allowed(from, to)) {
            LOG.error("{}: refused feed state change {} -> {} ({})", symbol, from, to, detail);
            return;
        }
        state = to;
        LOG.debug("{}: {} -> {}: {}", symbol, from, to, detail);
        listener.onMarketEvent(new FeedStatus(symbol, to, detail, lastEventTimeMs));
    }

    public String symbol() {
        return symbol;
    }

    public FeedState state() {
        return state;
    }

    public SyncStats stats() {
        return counters.snapshot();
    }

    /** Exchange time of the latest message seen, epoch ms. */
    public long lastEventTimeMs() {
        return lastEventTimeMs;
    }

    /** The synchronised book; read it only on the synchroniser's thread. Empty while not in sync. */
    public OrderBook book() {
        return book;
    }
}
