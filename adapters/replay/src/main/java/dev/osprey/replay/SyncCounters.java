package dev.osprey.replay;

/**
 * Counters written only by the synchroniser's thread and read by any other (the status bar): volatile fields are
 * enough for one writer, and a reader may see them a message apart, which a status display does not mind.
 */
final class SyncCounters {
    private volatile long events;
    private volatile long applied;
    private volatile long dropped;
    private volatile long gaps;
    private volatile long resyncs;
    private volatile long trades;

    @SuppressWarnings("NonAtomicOperationOnVolatileField") // single writer
    void event() {
        events++;
    }

    @SuppressWarnings("NonAtomicOperationOnVolatileField")
    void applied() {
        applied++;
    }

    @SuppressWarnings("NonAtomicOperationOnVolatileField")
    void dropped(int count) {
        dropped += count;
    }

    @SuppressWarnings("NonAtomicOperationOnVolatileField")
    void gap() {
        gaps++;
    }

    @SuppressWarnings("NonAtomicOperationOnVolatileField")
    void resync() {
        resyncs++;
    }

    @SuppressWarnings("NonAtomicOperationOnVolatileField")
    void trade() {
        trades++;
    }

    SyncStats snapshot() {
        return new SyncStats(events, applied, dropped, gaps, resyncs, trades);
    }
}
