package dev.osprey.binance;

import dev.osprey.core.order.OrderRequest;
import dev.osprey.core.order.RejectReason;
import dev.osprey.core.order.Rejection;
import dev.osprey.core.venue.CancelRejected;
import dev.osprey.core.venue.OrderRejected;
import dev.osprey.core.venue.OrderEntry;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Order entry over Binance's REST API with our client order id as {@code newClientOrderId}. Calls return at once;
 * the outcome reaches the account listeners from the venue thread. A send whose outcome is unknown (5xx, timeout)
 * is reconciled by query, never resent.
 */
final class BinanceTrading implements OrderEntry {
    private static final Logger LOG = LoggerFactory.getLogger(BinanceTrading.class);

    private final BinanceConfig config;
    private final OrderCalls orders;
    private final OrderTracker tracker;
    private final Reconciler reconciler;
    private final VenueThread venue;
    private final InstrumentCatalog catalog;
    private final SendGate gate;
    private final CancelAll cancelAll;
    private final CredentialSlot keys;
    private final LatencyMonitor latency;

    BinanceTrading(BinanceConfig config, CredentialSlot keys, OrderCalls orders, OrderTracker tracker,
                   Reconciler reconciler, VenueThread venue, InstrumentCatalog catalog, SendGate gate, LatencyMonitor latency) {
        this.config = config;
        this.keys = keys;
        this.latency = latency;
        this.orders = orders;
        this.tracker = tracker;
        this.reconciler = reconciler;
        this.venue = venue;
        this.catalog = catalog;
        this.gate = gate;
        this.cancelAll = new CancelAll(orders, tracker, reconciler, venue, config);
    }

    @Override
    public void place(OrderRequest request) {
        long submittedNanos = System.nanoTime();
        venue.execute(() -> placeOnVenueThread(request, submittedNanos));
    }

    private void placeOnVenueThread(OrderRequest request, long submittedNanos) {
        long now = config.clock().millis();
        if (tracker.get(request.clientOrderId()) != null) {
            // Not tracked again: the first order with this id keeps its own events.
            venue.publish(List.of(new OrderRejected(request.clientOrderId(),
                    new Rejection(RejectReason.DUPLICATE_CLIENT_ID, request.clientOrderId()), now)));
            return;
        }
        TrackedOrder o = tracker.track(request);
        Rejection refused = preflight(request);
        if (refused != null) {
            venue.publish(tracker.reject(o, refused, now));
            return;
        }
        orders.place(request).whenCompleteAsync((placed, failure) -> {
            if (failure == null) {
                latency.submitAck(submittedNanos, System.nanoTime());
                onPlaced(o, placed);
            } else {
                onPlaceFailed(o, ApiErrors.fromThrowable(failure));
            }
        }, venue);
    }

    /** Refusals we can give without asking Binance, each with its own reason. */
    private Rejection preflight(OrderRequest r) {
        if (!keys.present()) {
            return new Rejection(RejectReason.VENUE_REJECTED, "no Binance API key configured");
        }
        if (!nativeTypes().contains(r.type())) {
            return new Rejection(RejectReason.VENUE_REJECTED, r.type() + " orders are not sent to Binance natively");
        }
        if (gate.halted()) {
            return new Rejection(RejectReason.VENUE_REJECTED, "trading on Binance is stopped: API key or signature "
                    + "refused");
        }
        var rules = catalog.cached(r.symbol());
        if (rules.isPresent() && rules.get().maxNumOrders() > 0
                && tracker.workingCount(r.symbol()) > rules.get().maxNumOrders()) {
            // > rather than >=: the order being placed is already tracked.
            return new Rejection(RejectReason.VENUE_REJECTED, "MAX_NUM_ORDERS: at most "
                    + rules.get().maxNumOrders() + " open orders on " + r.symbol());
        }
        return null;
    }

    private void onPlaced(TrackedOrder o, OrderCalls.Placed placed) {
        venue.publish(tracker.onReport(o, placed.report()));
        for (VenueTrade t : placed.fills()) {
            venue.publish(tracker.onTrade(o, t));
        }
        if (o.missingFills()) {
            reconciler.fetchTrades(o);
        }
    }

    private void onPlaceFailed(TrackedOrder o, BinanceApiException e) {
        if (e.kind().outcomeUnknown()) {
            o.outcomeUnknown = true;
            LOG.warn("order {} outcome unknown after {}; reconciling by client order id", o.clientOrderId,
                    e.kind());
            gate.raise(new VenueAlert(VenueAlert.Kind.ORDER_STATE_UNKNOWN, "order " + o.clientOrderId
                    + ": " + e.getMessage() + "; asking Binance where it stands", config.clock().millis()));
            reconciler.resolveUnknown(o);
            return;
        }
        venue.publish(tracker.reject(o, BinanceRejections.of(e), config.clock().millis()));
    }

    @Override
    public void cancel(String symbol, String clientOrderId) {
        venue.execute(() -> {
            TrackedOrder known = tracker.get(clientOrderId);
            orders.cancel(symbol, clientOrderId, known == null ? null : known.venueOrderId)
                    .whenCompleteAsync((r, failure) -> {
                TrackedOrder o = tracker.get(clientOrderId);
                if (failure == null) {
                    reconciler.apply(o != null ? o : tracker.adopt(r), r);
                } else if (o == null) {
                    venue.publish(List.of(new CancelRejected(clientOrderId, BinanceRejections.of(
                            ApiErrors.fromThrowable(failure)), config.clock().millis())));
                } else {
                    onCancelFailed(o, ApiErrors.fromThrowable(failure));
                }
            }, venue);
        });
    }

    /**
     * -2011 means Binance has no such open order: it may have filled or been cancelled a moment ago, so ask before
     * telling the engine anything. A cancel whose outcome is unknown is settled the same way.
     */
    private void onCancelFailed(TrackedOrder o, BinanceApiException e) {
        if (e.kind() != ApiErrorKind.UNKNOWN_ORDER && !e.kind().outcomeUnknown()) {
            venue.publish(List.of(new CancelRejected(o.clientOrderId, BinanceRejections.of(e),
                    config.clock().millis())));
            return;
        }
        reconciler.query(o).whenCompleteAsync((r, failure) -> {
            if (failure != null) {
                BinanceApiException q = ApiErrors.fromThrowable(failure);
                venue.publish(List.of(new CancelRejected(o.clientOrderId, BinanceRejections.of(
                        q.kind() == ApiErrorKind.UNKNOWN_ORDER ? q : e), config.clock().millis())));
            } else if (r.status().isWorking()) {
                venue.publish(List.of(new CancelRejected(o.clientOrderId, new Rejection(RejectReason.UNKNOWN_ORDER,
                        "Binance refused the cancel (" + e.getMessage() + ") but shows the order " + r.status()),
                        config.clock().millis())));
            }
        }, venue);
    }

    @Override
    public CompletableFuture<Integer> cancelAll(String symbol) {
        return cancelAll.run(symbol);
    }
}
