package dev.osprey.binance;

/** One symbol's book-feed counters: diffs applied and dropped, gaps seen, snapshots loaded, trades passed on. */
public record FeedStats(long applied, long dropped, long gaps, long snapshots, long trades) {
}
