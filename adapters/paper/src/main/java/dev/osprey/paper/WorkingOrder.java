package dev.osprey.paper;

import dev.osprey.core.instrument.Instrument;
import dev.osprey.core.market.OrderBook;
import dev.osprey.core.market.Scaled;
import dev.osprey.core.order.Order;
import dev.osprey.core.order.OrderRequest;
import dev.osprey.core.order.OrderStatus;
import dev.osprey.core.order.Side;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * One order while the paper venue works it: how much is left, what it has filled, and the funds still locked for
 * it. Mutable and owned by the matcher's thread; the engine only ever sees the immutable {@link Order} it reports.
 */
final class WorkingOrder {
    final OrderRequest request;
    final Instrument instrument;
    final String venueOrderId;
    /** Arrival sequence: time priority between our orders at the same price. */
    final long sequence;
    /** Limit price in {@link Scaled} units, or {@link OrderBook#NO_PRICE} for a market order. */
    final long limitPrice;
    final long createdMs;

    long remaining;
    long updatedMs;
    /** Set once the order rests in the book; null while it only takes. */
    QueuePosition queue;
    /** Funds still locked for this order: quote for a buy, base for a sell. */
    BigDecimal reserve;
    private long filled;
    private BigDecimal filledNotional = BigDecimal.ZERO;
    private BigDecimal fees = BigDecimal.ZERO;

    WorkingOrder(OrderRequest request, Instrument instrument, String venueOrderId, long sequence, long qty,
                 long limitPrice, BigDecimal reserve, long createdMs) {
        this.request = request;
        this.instrument = instrument;
        this.venueOrderId = venueOrderId;
        this.sequence = sequence;
        this.remaining = qty;
        this.limitPrice = limitPrice;
        this.reserve = reserve;
        this.createdMs = createdMs;
        this.updatedMs = createdMs;
    }

    String clientOrderId() {
        return request.clientOrderId();
    }

    String symbol() {
        return request.symbol();
    }

    Side side() {
        return request.side();
    }

    boolean isBuy() {
        return request.side() == Side.BUY;
    }

    /** The asset this order locks: what a buy pays with, or what a sell gives up. */
    String reserveAsset() {
        return isBuy() ? instrument.quoteAsset() : instrument.baseAsset();
    }

    boolean isDone() {
        return remaining == 0;
    }

    void recordFill(long qty, BigDecimal notional, BigDecimal fee, long timeMs) {
        remaining -= qty;
        filled += qty;
        filledNotional = filledNotional.add(notional);
        fees = fees.add(fee);
        updatedMs = timeMs;
    }

    /** After a restart: what the order had filled before it. */
    void restoreFills(long qty, BigDecimal notional, BigDecimal fee) {
        filled = qty;
        filledNotional = notional;
        fees = fee;
    }

    /** The order as the engine models it, for the start-up state fetch. */
    Order toOrder() {
        BigDecimal filledQty = Scaled.toBigDecimal(filled);
        boolean anyFill = filled > 0;
        BigDecimal avg = anyFill
                ? filledNotional.divide(filledQty, MathContext.DECIMAL64).stripTrailingZeros() : null;
        return new Order(request, venueOrderId, anyFill ? OrderStatus.PARTIALLY_FILLED : OrderStatus.ACCEPTED,
                filledQty, avg, fees, "", createdMs, updatedMs, false, null);
    }
}
