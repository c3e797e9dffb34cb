package dev.osprey.core.engine;

import dev.osprey.core.order.OrderRequest;
import dev.osprey.core.order.OrderType;
import dev.osprey.core.venue.OrderEntry;

import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongSupplier;

/**
 * The engine's venue as the engine calls it, noting when each order leaves (engine thread, engine clock) so the
 * breaker can time submit to first answer without the venue's help.
 */
final class TimedOrderEntry implements OrderEntry {
    private final OrderEntry venue;
    private final BreakerWatch breaker;
    private final LongSupplier nanos;

    TimedOrderEntry(OrderEntry venue, BreakerWatch breaker, LongSupplier nanos) {
        this.venue = venue;
        this.breaker = breaker;
        this.nanos = nanos;
    }

    @Override
    public void place(OrderRequest request) {
        breaker.submitted(request.clientOrderId(), nanos.getAsLong());
        venue.place(request);
    }

    @Override
    public Set<OrderType> nativeTypes() {
        return venue.nativeTypes();
    }

    @Override
    public void cancel(String symbol, String clientOrderId) {
        venue.cancel(symbol, clientOrderId);
    }

    @Override
    public CompletableFuture<Integer> cancelAll(String symbol) {
        return venue.cancelAll(symbol);
    }
}
