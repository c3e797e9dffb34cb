package dev.osprey.core.journal;

import java.util.concurrent.CompletableFuture;

/** One queued write: the table it goes to, the row, and the future completed once the row is durable. */
record PendingWrite<T>(BatchTable<T> table, T row, CompletableFuture<Long> durable) {

    /** Wakes the writer so it drains what is queued before it and stops. */
    static final PendingWrite<Object> STOP = new PendingWrite<>(null, null, null);
}
