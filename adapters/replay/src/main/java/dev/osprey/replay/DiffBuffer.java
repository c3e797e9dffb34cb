package dev.osprey.replay;

import java.util.ArrayDeque;

/**
 * Diffs held while the book waits for a snapshot, oldest first. Bounded: a replay may never see another snapshot,
 * and only the newest diffs can line up with a future one, so the oldest are dropped when it is full.
 * Copies are recycled so a long resync does not churn garbage.
 */
final class DiffBuffer {
    static final int CAPACITY = 1024;

    private final ArrayDeque<FeedMessage> held = new ArrayDeque<>();
    private final ArrayDeque<FeedMessage> spare = new ArrayDeque<>();

    /** Keeps a copy of the diff; returns how many old diffs were dropped to make room (0 or 1). */
    int hold(FeedMessage diff) {
        int dropped = 0;
        if (held.size() == CAPACITY) {
            recycle(held.poll());
            dropped = 1;
        }
        FeedMessage copy = spare.isEmpty() ? new FeedMessage() : spare.poll();
        copy.copyFrom(diff);
        held.add(copy);
        return dropped;
    }

    /** Drops diffs wholly covered by a snapshot (u <= lastUpdateId); returns how many. */
    int dropThrough(long lastUpdateId) {
        int dropped = 0;
        while (!held.isEmpty() && held.peek().lastUpdateId <= lastUpdateId) {
            recycle(held.poll());
            dropped++;
        }
        return dropped;
    }

    boolean isEmpty() {
        return held.isEmpty();
    }

    FeedMessage oldest() {
        return held.peek();
    }

    FeedMessage take() {
        return held.poll();
    }

    int size() {
        return held.size();
    }

    void recycle(FeedMessage used) {
        spare.add(used);
    }

    void clear() {
        while (!held.isEmpty()) {
            recycle(held.poll());
        }
    }
}
