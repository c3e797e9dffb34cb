package dev.osprey.binance;

/** Counters written by the feed thread only and read by any (volatile is enough for one writer). */
@SuppressWarnings("NonAtomicOperationOnVolatileField")
final class FeedCounters {
    private volatile long applied;
    private volatile long dropped;
    private volatile long gaps;
    private volatile long snapshots;
    private volatile long trades;

    void applied() {
        applied++;
    }

    void dropped() {
        dropped++;
    }

    void gap() {
        gaps++;
    }

    void snapshot() {
        snapshots++;
    }

    void trade() {
        trades++;
    }

    public FeedStats stats() {
        return new FeedStats(applied, dropped, gaps, snapshots, trades);
    }
}
