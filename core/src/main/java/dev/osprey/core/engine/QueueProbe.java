package dev.osprey.core.engine;

import java.util.concurrent.atomic.AtomicReference;

/**
 * Times one market-data message at a time through the engine's queue: a feed thread tags a message when none is
 * in flight, the engine thread reads the wait when it applies that message. Lock-free and allocation-light, so the
 * measurement does not slow the path it measures.
 */
final class QueueProbe {
    private record Tagged(EngineMessage message, long enqueuedNanos) {
    }

    private final AtomicReference<Tagged> inFlight = new AtomicReference<>();

    /** Any feed thread: tags {@code m} if no message is being timed. */
    void enqueued(EngineMessage m) {
        if (inFlight.get() == null) {
            inFlight.compareAndSet(null, new Tagged(m, System.nanoTime()));
        }
    }

    /** Engine thread: the wait of {@code m} in nanoseconds if it is the tagged message, else -1. */
    long applied(EngineMessage m) {
        Tagged t = inFlight.get();
        if (t == null || t.message() != m) {
            return -1;
        }
        inFlight.set(null);
        return System.nanoTime() - t.enqueuedNanos();
    }
}
