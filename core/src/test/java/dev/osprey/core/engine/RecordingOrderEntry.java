package dev.osprey.core.engine;

import dev.osprey.core.order.OrderRequest;
import dev.osprey.core.venue.OrderEntry;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/** Remembers what the engine sent; cancel-all answers with a future the test controls. */
final class RecordingOrderEntry implements OrderEntry {
    final List<OrderRequest> placed = new CopyOnWriteArrayList<>();
    final List<String> cancelled = new CopyOnWriteArrayList<>();
    final CompletableFuture<Integer> cancelAllAnswer;

    RecordingOrderEntry(CompletableFuture<Integer> cancelAllAnswer) {
        this.cancelAllAnswer = cancelAllAnswer;
    }

    @Override
    public void place(OrderRequest request) {
        placed.add(request);
    }

    @Override
    public void cancel(String symbol, String clientOrderId) {
        cancelled.add(clientOrderId);
    }

    @Override
    public CompletableFuture<Integer> cancelAll(String symbol) {
        return cancelAllAnswer;
    }
}
