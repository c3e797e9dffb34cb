package dev.osprey.core.venue;

import dev.osprey.core.order.OrderRequest;

import java.util.concurrent.CompletableFuture;

/**
 * Sending to a venue. Calls return at once; outcomes arrive on the {@link AccountStream}. Nothing here blocks
 * the caller on the network.
 */
public interface OrderEntry {

    void place(OrderRequest request);

    void cancel(String symbol, String clientOrderId);

    /**
     * Cancels every working order (of one symbol, or all when {@code symbol} is null). The future completes with the
     * number of orders cancelled once the venue has confirmed; the kill switch waits on it with a deadline.
     */
    CompletableFuture<Integer> cancelAll(String symbol);
}
