package dev.osprey.core.recovery;

import dev.osprey.core.order.OrderRequest;
import dev.osprey.core.venue.OrderEntry;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Order entry that only remembers what it was sent. */
final class RecordingEntry implements OrderEntry {
    final List<OrderRequest> placed = new ArrayList<>();

    @Override
    public void place(OrderRequest request) {
        placed.add(request);
    }

    @Override
    public void cancel(String symbol, String clientOrderId) {
    }

    @Override
    public CompletableFuture<Integer> cancelAll(String symbol) {
        return CompletableFuture.completedFuture(0);
    }
}
