package dev.osprey.core.engine;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Where the engine writes what it does, called on the engine thread only and never blocking it. With a journal,
 * an order goes to the venue only once its intent is durable; without one ({@link #NONE}, tests and throw-away
 * sessions) it goes at once.
 */
public interface EngineJournal {
    /** No journal: nothing is written and orders are sent as soon as they pass their checks. */
    EngineJournal NONE = new EngineJournal() {
        @Override
        public CompletableFuture<Long> append(long timeMs, EngineMessage message) {
            return CompletableFuture.completedFuture(0L);
        }

        @Override
        public boolean durable() {
            return false;
        }
    };

    /**
     * Appends one message (an applied command or venue event, or a {@link Recorded} change). The future completes,
     * off the engine thread, once the entry is committed and synced.
     */
    CompletableFuture<Long> append(long timeMs, EngineMessage message);

    /** Whether appends become durable: only then does the engine wait for an intent before sending it. */
    default boolean durable() {
        return true;
    }

    /** Between two messages, on the engine thread: the journal may take a snapshot of the restorable state. */
    default void betweenMessages(long timeMs, Supplier<RestorableState> state) {
    }
}
