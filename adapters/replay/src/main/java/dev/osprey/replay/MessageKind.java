package dev.osprey.replay;

/** What a captured Binance message carries. */
public enum MessageKind {
    /** {@code @depth} stream: a diff with first and last update ids U and u. */
    DEPTH_DIFF,
    /** REST {@code /api/v3/depth} snapshot with its lastUpdateId. */
    DEPTH_SNAPSHOT,
    TRADE,
    BOOK_TICKER,
    /** A stream we do not use (e.g. aggTrade); counted, not applied. */
    OTHER
}
