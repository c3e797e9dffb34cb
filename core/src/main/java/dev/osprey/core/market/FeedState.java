package dev.osprey.core.market;

/** Where a market-data subscription stands, as shown in the status bar. */
public enum FeedState {
    CONNECTING,
    /** Waiting for a snapshot that diffs can be applied to. */
    SYNCING,
    LIVE,
    /** A gap was seen: the book is discarded until a new snapshot lines up. */
    RESYNCING,
    /** A replay reached the end of its capture. */
    ENDED,
    DISCONNECTED
}
