package dev.osprey.replay;

/** The replay's "now": the latest exchange event time delivered, readable from any thread (the status bar). */
final class ReplayClock {
    private volatile long latestEventTimeMs;

    /** Written by the replay thread only. */
    void advance(long eventTimeMs) {
        if (eventTimeMs != FeedMessage.NO_TIME && eventTimeMs > latestEventTimeMs) {
            latestEventTimeMs = eventTimeMs;
        }
    }

    void reset() {
        latestEventTimeMs = 0;
    }

    long latestEventTimeMs() {
        return latestEventTimeMs;
    }
}
