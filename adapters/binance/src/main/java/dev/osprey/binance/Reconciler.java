package dev.osprey.binance;

import dev.osprey.core.order.RejectReason;
import dev.osprey.core.order.Rejection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds out from Binance where our orders stand, by client order id: after a send whose outcome is unknown, after
 * a cancel refused as unknown, while the user data stream is down, and after it comes back. It only ever asks;
 * it never sends an order again, because a resend of an order that did reach Binance would double the position.
 */
final class Reconciler {
    private static final Logger LOG = LoggerFactory.getLogger(Reconciler.class);

    private final OrderCalls orders;
    private final OrderTracker tracker;
    private final VenueThread venue;
    private final BinanceConfig config;
    private final SendGate gate;

    Reconciler(OrderCalls orders, OrderTracker tracker, VenueThread venue, BinanceConfig config, SendGate gate) {
        this.gate = gate;
        this.orders = orders;
        this.tracker = tracker;
        this.venue = venue;
        this.config = config;
    }

    /** Queries one order and passes on what is new; completes (on the venue thread) with Binance's report. */
    CompletableFuture<OrderReport> query(TrackedOrder o) {
        return orders.query(o.symbol, o.clientOrderId, o.venueOrderId).thenApplyAsync(r -> {
            apply(o, r);
            return r;
        }, venue);
    }

    /** Applies a report and, when it shows more executed than we have fills for, fetches the trades. */
    void apply(TrackedOrder o, OrderReport r) {
        if (o.declaredNotPlaced && r.status().isWorking()) {
            cancelGhost(o);
            return;
        }
        venue.publish(tracker.onReport(o, r));
        if (o.missingFills()) {
            fetchTrades(o);
        }
    }

    void fetchTrades(TrackedOrder o) {
        if (o.venueOrderId == null) {
            return;
        }
        orders.trades(o.symbol, o.venueOrderId).whenCompleteAsync((trades, failure) -> {
            if (failure != null) {
                LOG.warn("trades of {} not fetched ({}); the next reconciliation tries again", o.clientOrderId,
                        ApiErrors.fromThrowable(failure).getMessage());
                return;
            }
            for (VenueTrade t : trades) {
                venue.publish(tracker.onTrade(o, t));
            }
        }, venue);
    }

    /**
     * After a 5xx or timeout on place: query until Binance knows the order or has certainly not got it. Binance
     * can take a moment to make an order queryable, so "no such order" is believed only after the last attempt.
     */
    void resolveUnknown(TrackedOrder o) {
        o.reconcileAttempts++;
        long delay = config.reconcileDelay().toMillis() * o.reconcileAttempts;
        venue.schedule(() -> query(o).whenCompleteAsync((r, failure) -> {
            if (failure == null || !o.outcomeUnknown) {
                if (r != null) {
                    LOG.info("order {} reconciled: Binance has it as {}", o.clientOrderId, r.status());
                }
                return;
            }
            BinanceApiException e = ApiErrors.fromThrowable(failure);
            boolean last = o.reconcileAttempts >= config.reconcileAttempts();
            if (e.kind() == ApiErrorKind.UNKNOWN_ORDER && last) {
                LOG.warn("order {} reconciled: Binance has no such order, it was not placed", o.clientOrderId);
                o.declaredNotPlaced = true;
                venue.publish(tracker.reject(o, new Rejection(RejectReason.VENUE_REJECTED,
                        "not placed: the send failed and Binance has no order with this id"), config.clock().millis()));
            } else if (!last) {
                resolveUnknown(o);
            } else {
                LOG.error("order {} still unknown after {} queries ({}); the periodic reconciliation keeps asking",
                        o.clientOrderId, o.reconcileAttempts, e.getMessage());
            }
        }, venue), delay);
    }

    /**
     * An order we told the engine was not placed has turned up after all (Binance was slower than our queries).
     * The engine has it as rejected and cannot take it back, so the only safe course is to cancel it at once.
     */
    private void cancelGhost(TrackedOrder o) {
        LOG.error("order {} was reported not placed but Binance shows it working; cancelling it", o.clientOrderId);
        gate.raise(new VenueAlert(VenueAlert.Kind.ORDER_STATE_UNKNOWN, "order " + o.clientOrderId
                + " appeared on Binance after being reported not placed; cancelling it", config.clock().millis()));
        orders.cancel(o.symbol, o.clientOrderId, o.venueOrderId).whenComplete((r, e) -> {
            if (e != null) {
                LOG.error("cancel of the unexpected order {} failed: {}", o.clientOrderId,
                        ApiErrors.unwrap(e).getMessage());
            }
        });
    }

    /** Every working order, one query each (few orders for a manual trader; weight 4 each). */
    CompletableFuture<Void> pass() {
        List<CompletableFuture<?>> queries = new ArrayList<>();
        for (TrackedOrder o : tracker.working()) {
            queries.add(query(o).handle((r, e) -> {
                if (e != null && !o.outcomeUnknown) {
                    LOG.debug("reconciliation of {} failed: {}", o.clientOrderId, ApiErrors.unwrap(e).getMessage());
                }
                return r;
            }));
        }
        return CompletableFuture.allOf(queries.toArray(CompletableFuture[]::new));
    }
}
