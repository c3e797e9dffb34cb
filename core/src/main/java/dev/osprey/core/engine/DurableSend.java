package dev.osprey.core.engine;

import dev.osprey.core.gate.OrderGate;
import dev.osprey.core.order.OrderRequest;
import dev.osprey.core.order.OrderType;
import dev.osprey.core.venue.AccountEvent;
import dev.osprey.core.venue.OrderCanceled;
import dev.osprey.core.venue.OrderEntry;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * Journal before send. Stands between the OMS and the venue: an order the OMS sends is held here until the journal
 * says its intent (the order record written just before) is durable; the engine is told on its own queue
 * ({@link EngineMessage.IntentDurable}) and only then does the order go out. The engine thread never waits.
 *
 * <p>An order cancelled while it waits never reaches the venue: it ends here as cancelled. One whose intent turns
 * durable after the emergency stop closed the gate is not sent either, unless it only reduces a position (the
 * kill switch's own flatten orders). Cancels go straight through: they are safe to send twice.
 */
final class DurableSend implements OrderEntry {
    private final OrderEntry venue;
    private final String venueName;
    private final OrderGate gate;
    private final Function<String, CompletableFuture<Long>> intentWrite;
    private final Consumer<EngineMessage> post;
    private final Consumer<Recorded> record;
    private final LongSupplier now;
    /** Orders whose intent is not durable yet, by client id: engine thread only. */
    private final Map<String, OrderRequest> waiting = new LinkedHashMap<>();

    /**
     * @param intentWrite the journal write of an order's latest record (its intent), by client id
     * @param post        back onto the engine queue (called on the journal's thread)
     */
    DurableSend(OrderEntry venue, String venueName, OrderGate gate, Function<String, CompletableFuture<Long>> intentWrite,
                Consumer<EngineMessage> post, Consumer<Recorded> record, LongSupplier now) {
        this.venue = venue;
        this.venueName = venueName;
        this.gate = gate;
        this.intentWrite = intentWrite;
        this.post = post;
        this.record = record;
        this.now = now;
    }

    @Override
    public void place(OrderRequest request) {
        CompletableFuture<Long> intent = intentWrite.apply(request.clientOrderId());
        if (intent == null) {
            // Nothing was journaled for this order in this message: refuse rather than send an undurable intent.
            post.accept(new EngineMessage.IntentNotDurable(request, "its intent was not journaled"));
            return;
        }
        waiting.put(request.clientOrderId(), request);
        intent.whenComplete((seq, failure) -> post.accept(failure == null
                ? new EngineMessage.IntentDurable(request)
                : new EngineMessage.IntentNotDurable(request, String.valueOf(failure.getMessage()))));
    }

    /** The intent is durable: send, unless the order was cancelled meanwhile or the desk was halted. */
    void durable(OrderRequest request, Consumer<AccountEvent> apply) {
        if (waiting.remove(request.clientOrderId()) == null) {
            return;
        }
        if (gate.checkNewOrder().isPresent() && !request.reduceOnly()) {
            apply.accept(new OrderCanceled(request.clientOrderId(), "halted before it was sent", now.getAsLong()));
            return;
        }
        venue.place(request);
        record.accept(new Recorded.OrderSent(venueName, request.clientOrderId()));
    }

    /** Whether the order is still waiting here (so a failure to journal it can reject it). */
    boolean forget(String clientOrderId) {
        return waiting.remove(clientOrderId) != null;
    }

    @Override
    public void cancel(String symbol, String clientOrderId) {
        if (waiting.remove(clientOrderId) != null) {
            post.accept(canceledHere(clientOrderId));
            return;
        }
        venue.cancel(symbol, clientOrderId);
    }

    @Override
    public CompletableFuture<Integer> cancelAll(String symbol) {
        for (Iterator<OrderRequest> it = waiting.values().iterator(); it.hasNext(); ) {
            OrderRequest r = it.next();
            if (symbol == null || symbol.equals(r.symbol())) {
                it.remove();
                post.accept(canceledHere(r.clientOrderId()));
            }
        }
        return venue.cancelAll(symbol);
    }

    @Override
    public Set<OrderType> nativeTypes() {
        return venue.nativeTypes();
    }

    private EngineMessage canceledHere(String clientOrderId) {
        return new EngineMessage.VenueUpdate(venueName,
                new OrderCanceled(clientOrderId, "cancelled before it was sent", now.getAsLong()));
    }
}
