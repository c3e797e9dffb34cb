package dev.osprey.app.script;

import dev.osprey.core.market.MarketEvent;
import dev.osprey.core.order.OrderRequest;
import dev.osprey.core.venue.AccountEvent;
import dev.osprey.core.venue.OrderCanceled;
import dev.osprey.core.venue.OrderEntry;
import dev.osprey.core.venue.VenueState;
import dev.osprey.paper.PaperMatcher;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The paper matcher as an order entry on the caller's thread: what it answers is queued, and the session feeds
 * the queue back to the engine after each step, so the engine never re-enters itself.
 */
final class SyncPaperEntry implements OrderEntry {
    private final PaperMatcher matcher;
    private final Deque<AccountEvent> pending = new ArrayDeque<>();

    SyncPaperEntry(PaperMatcher matcher) {
        this.matcher = matcher;
    }

    @Override
    public void place(OrderRequest request) {
        pending.addAll(matcher.place(request));
    }

    @Override
    public void cancel(String symbol, String clientOrderId) {
        pending.addAll(matcher.cancel(symbol, clientOrderId));
    }

    @Override
    public CompletableFuture<Integer> cancelAll(String symbol) {
        List<AccountEvent> events = matcher.cancelAll(symbol);
        pending.addAll(events);
        return CompletableFuture.completedFuture(
                (int) events.stream().filter(e -> e instanceof OrderCanceled).count());
    }

    void marketEvent(MarketEvent event) {
        pending.addAll(matcher.apply(event));
    }

    VenueState state() {
        return matcher.state();
    }

    AccountEvent next() {
        return pending.poll();
    }
}
