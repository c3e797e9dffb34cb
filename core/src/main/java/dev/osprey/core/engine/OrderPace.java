package dev.osprey.core.engine;

import java.util.ArrayDeque;
import java.util.Deque;

/** Orders sent in the last minute of wall time. Engine thread only. */
final class OrderPace {
    private static final long WINDOW_MS = 60_000;
    private final Deque<Long> sentAt = new ArrayDeque<>();

    void sent(long wallMs) {
        sentAt.addLast(wallMs);
        trim(wallMs);
    }

    int perMinute(long wallMs) {
        trim(wallMs);
        return sentAt.size();
    }

    private void trim(long wallMs) {
        while (!sentAt.isEmpty() && sentAt.peekFirst() <= wallMs - WINDOW_MS) {
            sentAt.removeFirst();
        }
    }
}
