package dev.osprey.paper;

import dev.osprey.core.market.Level;
import dev.osprey.core.market.OrderBook;
import dev.osprey.core.market.Scaled;
import dev.osprey.core.order.Fill;
import dev.osprey.core.order.Liquidity;
import dev.osprey.core.order.Order;
import dev.osprey.core.order.OrderRequest;
import dev.osprey.core.order.OrderType;
import dev.osprey.core.order.RejectReason;
import dev.osprey.core.order.Rejection;
import dev.osprey.core.order.TimeInForce;
import dev.osprey.core.venue.AccountEvent;
import dev.osprey.core.venue.OrderAccepted;
import dev.osprey.core.venue.OrderExpired;
import dev.osprey.core.venue.OrderRejected;
import dev.osprey.core.venue.VenueOrder;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * An order reaching the paper venue's matching engine: admission, then it takes what crosses by walking the book
 * (slippage is the book's own depth, never a constant), then its time in force decides the rest. A market order and
 * an IOC expire what is left; a FOK that cannot fill completely expires untouched; a GTC rests at its price, at the
 * back of the queue there. Reported as Binance does: accepted (NEW), then each fill, then the expiry.
 */
final class OrderArrival {
    private final Map<String, OrderBook> books;
    private final OrderAdmission admission;
    private final Settlement settlement;
    private final RestingOrders resting;
    private long orderSequence;

    OrderArrival(Map<String, OrderBook> books, OrderAdmission admission, Settlement settlement,
                 RestingOrders resting) {
        this.books = books;
        this.admission = admission;
        this.settlement = settlement;
        this.resting = resting;
    }

    void arrive(OrderRequest r, long nowMs, List<AccountEvent> out) {
        OrderAdmission.Verdict verdict = admission.check(r);
        if (verdict.rejection() != null) {
            out.add(new OrderRejected(r.clientOrderId(), verdict.rejection(), nowMs));
            return;
        }
        OrderAdmission.Admitted a = verdict.admitted();
        long sequence = ++orderSequence;
        String venueOrderId = "P-" + sequence;
        out.add(new OrderAccepted(r.clientOrderId(), venueOrderId, nowMs));
        long takeable = BookSweep.totalQty(a.takes());
        if (r.tif() == TimeInForce.FOK && takeable < a.qty()) {
            out.add(new OrderExpired(r.clientOrderId(), new Rejection(RejectReason.FOK_NOT_FILLABLE,
                    Scaled.format(takeable) + " of " + Scaled.format(a.qty()) + " available within the limit").text(),
                    nowMs));
            return;
        }
        WorkingOrder order = new WorkingOrder(r, a.instrument(), venueOrderId, sequence, a.qty(), a.limitPrice(),
                a.reserve(), nowMs);
        settlement.reserve(order);
        OrderBook book = books.get(r.symbol());
        BookSweep.consume(book, r.side(), a.takes());
        for (Level take : a.takes()) {
            out.add(settlement.fill(order, take.price(), take.qty(), Liquidity.TAKER, nowMs));
        }
        if (order.isDone()) {
            return;
        }
        if (r.type() == OrderType.MARKET) {
            expire(order, "book ran out: ", a.qty(), nowMs, out);
        } else if (r.tif() == TimeInForce.IOC) {
            expire(order, "immediate or cancel: ", a.qty(), nowMs, out);
        } else {
            resting.add(order, book);
        }
    }

    /**
     * After a restart: puts an order that was working back in the book, at the back of its price's queue, with what it
     * had filled, locking what is left of it. Returns false when the funds are not there to lock (it is then left out).
     */
    boolean restore(VenueOrder open, long nowMs) {
        Order o = open.order();
        BigDecimal remaining = o.qty().subtract(o.filledQty());
        OrderAdmission.Verdict verdict = admission.check(o.spec().withQtyAndPrice(remaining, o.price()));
        if (verdict.rejection() != null) {
            return false;
        }
        OrderAdmission.Admitted a = verdict.admitted();
        long sequence = Long.parseLong(o.venueOrderId().substring(2));
        orderSequence = Math.max(orderSequence, sequence);
        WorkingOrder order = new WorkingOrder(o.spec(), a.instrument(), o.venueOrderId(), sequence, a.qty(),
                a.limitPrice(), a.reserve(), o.createdMs());
        BigDecimal notional = BigDecimal.ZERO;
        for (Fill f : open.fills()) {
            notional = notional.add(f.price().multiply(f.qty()));
        }
        order.restoreFills(Scaled.of(o.filledQty()), notional, o.fees());
        settlement.reserve(order);
        resting.add(order, books.get(o.symbol()));
        return true;
    }

    /** Venue order ids go on from the highest one a restart found. */
    void continueSequenceAfter(String venueOrderId) {
        if (venueOrderId != null && venueOrderId.startsWith("P-")) {
            orderSequence = Math.max(orderSequence, Long.parseLong(venueOrderId.substring(2)));
        }
    }

    private void expire(WorkingOrder order, String why, long qty, long nowMs, List<AccountEvent> out) {
        settlement.release(order);
        out.add(new OrderExpired(order.clientOrderId(), why + Scaled.format(order.remaining) + " of "
                + Scaled.format(qty) + " unfilled", nowMs));
    }
}
