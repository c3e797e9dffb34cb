package dev.osprey.core.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;

/** GTD orders by expiry time, so the engine checks only the earliest one per message. */
final class Expiries {
    private record Due(long atMs, String clientOrderId) {
    }

    private final PriorityQueue<Due> queue = new PriorityQueue<>((a, b) -> Long.compare(a.atMs, b.atMs));
    private final Set<String> expiring = new HashSet<>();

    void add(String clientOrderId, long atMs) {
        queue.add(new Due(atMs, clientOrderId));
    }

    /** Orders whose expiry is at or before {@code nowMs}, removed from the queue. */
    List<String> due(long nowMs) {
        if (queue.isEmpty() || queue.peek().atMs > nowMs) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        while (!queue.isEmpty() && queue.peek().atMs <= nowMs) {
            out.add(queue.poll().clientOrderId);
        }
        return out;
    }

    void markExpiring(String clientOrderId) {
        expiring.add(clientOrderId);
    }

    boolean consumeExpiring(String clientOrderId) {
        return expiring.remove(clientOrderId);
    }
}
