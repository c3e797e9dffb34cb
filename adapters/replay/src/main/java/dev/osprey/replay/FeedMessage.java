package dev.osprey.replay;

import dev.osprey.core.market.LevelBuffer;

/**
 * One decoded Binance market-data message. Instances are reused by the reader to keep the replay hot path free of
 * per-message garbage, so a message is valid only until the reader's next call; {@link #copyFrom} keeps one.
 * Prices and quantities are {@link dev.osprey.core.market.Scaled} longs.
 */
public final class FeedMessage {
    /** Event time of messages that carry none (bookTicker, REST snapshot). */
    public static final long NO_TIME = Long.MIN_VALUE;

    MessageKind kind;
    /** Upper case, e.g. BTCUSDT. */
    String symbol;
    long receiveNanos;
    long eventTimeMs = NO_TIME;
    /** Diff: U and u. Snapshot: lastUpdateId in both. */
    long firstUpdateId;
    long lastUpdateId;
    final LevelBuffer bids = new LevelBuffer();
    final LevelBuffer asks = new LevelBuffer();
    long tradeId;
    long price;
    long qty;
    long tradeTimeMs;
    boolean buyerIsMaker;

    void clear() {
        kind = null;
        symbol = null;
        receiveNanos = 0;
        eventTimeMs = NO_TIME;
        firstUpdateId = 0;
        lastUpdateId = 0;
        bids.clear();
        asks.clear();
        tradeId = 0;
        price = 0;
        qty = 0;
        tradeTimeMs = 0;
        buyerIsMaker = false;
    }

    void copyFrom(FeedMessage other) {
        kind = other.kind;
        symbol = other.symbol;
        receiveNanos = other.receiveNanos;
        eventTimeMs = other.eventTimeMs;
        firstUpdateId = other.firstUpdateId;
        lastUpdateId = other.lastUpdateId;
        bids.copyFrom(other.bids);
        asks.copyFrom(other.asks);
        tradeId = other.tradeId;
        price = other.price;
        qty = other.qty;
        tradeTimeMs = other.tradeTimeMs;
        buyerIsMaker = other.buyerIsMaker;
    }

    public MessageKind kind() {
        return kind;
    }

    public String symbol() {
        return symbol;
    }

    /** The collector's local receive time; its clock may be off, so only event times are trusted for order. */
    public long receiveNanos() {
        return receiveNanos;
    }

    public long eventTimeMs() {
        return eventTimeMs;
    }

    public boolean hasEventTime() {
        return eventTimeMs != NO_TIME;
    }

    public long firstUpdateId() {
        return firstUpdateId;
    }

    public long lastUpdateId() {
        return lastUpdateId;
    }

    public int bidCount() {
        return bids.count();
    }

    public int askCount() {
        return asks.count();
    }

    @Override
    public String toString() {
        return kind + " " + symbol + " U=" + firstUpdateId + " u=" + lastUpdateId + " E=" + eventTimeMs;
    }
}
