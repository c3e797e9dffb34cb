package dev.osprey.core.venue;

import dev.osprey.core.order.OrderRequest;

import dev.osprey.core.order.OrderType;

import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Sending to a venue. Calls return at once; outcomes arrive on the {@link AccountStream}. Nothing here blocks
 * the caller on the network.
 */
public interface OrderEntry {

    void place(OrderRequest request);

    /** Order types the venue takes as they are; the engine holds and triggers the others itself. */
    default Set<OrderType> nativeTypes() {
        return EnumSet.of(OrderType.MARKET, OrderType.LIMIT);
    }

    void cancel(String symbol, String clientOrderId);

    /**
     * Cancels every working order (of one symbol, or all when {@code symbol} is null). The future completes with the
     * number of orders cancelled once the venue has confirmed; the kill switch waits on it with a deadline.
     */
    CompletableFuture<Integer> cancelAll(String symbol);
}
