package dev.osprey.replay;

/**
 * Holds a replay to its speed: an event at exchange time E is released no earlier than
 * {@code start + (E - E0) / speed}. Measuring from one anchor rather than from the previous event keeps
 * rounding and scheduling delays from piling up over a long capture.
 */
final class Pacer {
    /** Event time running back further than this starts a new segment, e.g. the next capture of another day. */
    static final long REWIND_TOLERANCE_MS = 1_000;
    private static final long UNANCHORED = Long.MIN_VALUE;

    private final ReplaySpeed speed;
    private final PacingClock clock;
    private long anchorEventMs = UNANCHORED;
    private long anchorWallNanos;
    private long latestEventMs;

    Pacer(ReplaySpeed speed, PacingClock clock) {
        this.speed = speed;
        this.clock = clock;
    }

    /** Waits until an event with this exchange time is due; messages without a time pass at once. */
    void awaitEventTime(long eventTimeMs) throws InterruptedException {
        if (speed.isMax() || eventTimeMs == FeedMessage.NO_TIME) {
            return;
        }
        if (anchorEventMs == UNANCHORED || eventTimeMs < latestEventMs - REWIND_TOLERANCE_MS) {
            anchorEventMs = eventTimeMs;
            anchorWallNanos = clock.nanoTime();
            latestEventMs = eventTimeMs;
            return;
        }
        latestEventMs = Math.max(latestEventMs, eventTimeMs);
        long dueNanos = anchorWallNanos + (long) ((eventTimeMs - anchorEventMs) * 1_000_000d / speed.factor());
        long waitNanos = dueNanos - clock.nanoTime();
        if (waitNanos > 0) {
            clock.sleepNanos(waitNanos);
        }
    }

    /** Forgets the anchor, for a looping replay that starts over. */
    void restart() {
        anchorEventMs = UNANCHORED;
    }
}
