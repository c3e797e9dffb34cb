package dev.osprey.replay;

/**
 * A synchroniser's counters at one moment. {@code events} counts every message for the symbol (diffs, snapshots,
 * trades, book tickers); {@code applied} and {@code dropped} count diffs only.
 */
public record SyncStats(long events, long applied, long dropped, long gaps, long resyncs, long trades) {
}
