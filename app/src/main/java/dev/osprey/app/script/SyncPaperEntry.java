package dev.osprey.app.script;

import dev.osprey.core.engine.EngineMessage;
import dev.osprey.core.engine.EngineState;
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
import java.util.function.Consumer;

/**
 * The paper matcher as an order entry on the caller's thread. Its reports are queued and handed to the engine
 * after each step, as the venue's stream would hand them over, so the engine never re-enters itself.
 */
public final class SyncPaperEntry implements OrderEntry {
    public static final String VENUE = "paper";

    private final PaperMatcher matcher;
    private final Deque<AccountEvent> pending = new ArrayDeque<>();

    public SyncPaperEntry(PaperMatcher matcher) {
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
        return CompletableFuture.completedFuture((int) events.stream().filter(e -> e instanceof OrderCanceled)
                .count());
    }

    public void market(MarketEvent event) {
        pending.addAll(matcher.apply(event));
    }

    public VenueState state() {
        return matcher.state();
    }

    /** Hands every queued report to the engine, including those its handling produced. */
    public void drainInto(EngineState engine) {
        drainInto(engine::handle);
    }

    /** As {@link #drainInto(EngineState)}, through {@code handler} (which may journal each message first). */
    public void drainInto(Consumer<EngineMessage> handler) {
        for (AccountEvent e = pending.poll(); e != null; e = pending.poll()) {
            handler.accept(new EngineMessage.VenueUpdate(VENUE, e));
        }
    }
}
