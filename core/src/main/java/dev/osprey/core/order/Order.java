package dev.osprey.core.order;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * An order as the engine knows it: what was asked ({@code spec}) and where it stands. Immutable: every transition
 * makes a new one. {@code emulated} marks an order the engine holds because the venue lacks its type;
 * {@code contingency} is null unless the order belongs to a bracket or an OCO pair.
 */
public record Order(OrderRequest spec, String venueOrderId, OrderStatus status, BigDecimal filledQty,
                    BigDecimal avgFillPrice, BigDecimal fees, String reason, long createdMs, long updatedMs,
                    boolean emulated, Contingency contingency) {

    public static Order submitted(OrderRequest r, long timeMs) {
        return new Order(r, null, OrderStatus.SUBMITTED, BigDecimal.ZERO, null, BigDecimal.ZERO, "", timeMs, timeMs,
                false, null);
    }

    /** Held by the engine until its trigger fires (or, for an emulated GTD, until it is sent). */
    public static Order held(OrderRequest r, long timeMs, Contingency contingency) {
        return new Order(r, null, OrderStatus.ACCEPTED, BigDecimal.ZERO, null, BigDecimal.ZERO, "held by the engine",
                timeMs, timeMs, true, contingency);
    }

    public static Order rejected(OrderRequest r, Rejection rejection, long timeMs) {
        return new Order(r, null, OrderStatus.REJECTED, BigDecimal.ZERO, null, BigDecimal.ZERO, rejection.text(),
                timeMs, timeMs, false, null);
    }

    public String clientOrderId() {
        return spec.clientOrderId();
    }

    public String symbol() {
        return spec.symbol();
    }

    public Side side() {
        return spec.side();
    }

    public OrderType type() {
        return spec.type();
    }

    public BigDecimal qty() {
        return spec.qty();
    }

    public BigDecimal price() {
        return spec.price();
    }

    public BigDecimal remainingQty() {
        return qty().subtract(filledQty);
    }

    public boolean isWorking() {
        return status.isWorking();
    }

    public Order withStatus(OrderStatus s, String why, long timeMs) {
        return new Order(spec, venueOrderId, s, filledQty, avgFillPrice, fees, why, createdMs, timeMs, emulated,
                contingency);
    }

    public Order withVenueOrderId(String id) {
        return new Order(spec, id, status, filledQty, avgFillPrice, fees, reason, createdMs, updatedMs, emulated,
                contingency);
    }

    public Order withSpec(OrderRequest newSpec, long timeMs) {
        return new Order(newSpec, venueOrderId, status, filledQty, avgFillPrice, fees, reason, createdMs, timeMs,
                emulated, contingency);
    }

    public Order withContingency(Contingency c) {
        return new Order(spec, venueOrderId, status, filledQty, avgFillPrice, fees, reason, createdMs, updatedMs,
                emulated, c);
    }

    /**
     * Adds a fill: volume-weighted average price, fees summed; status follows from the filled quantity, except that
     * a partial fill does not end a pending cancel or replace (the venue's answer to that is still to come).
     */
    public Order withFill(Fill f) {
        BigDecimal newFilled = filledQty.add(f.qty());
        BigDecimal cost = (avgFillPrice == null ? BigDecimal.ZERO : avgFillPrice.multiply(filledQty))
                .add(f.price().multiply(f.qty()));
        BigDecimal avg = plain(cost.divide(newFilled, MathContext.DECIMAL64));
        boolean cancelling = status == OrderStatus.PENDING_CANCEL || status == OrderStatus.PENDING_REPLACE;
        OrderStatus s = newFilled.compareTo(qty()) >= 0 ? OrderStatus.FILLED
                : cancelling ? status : OrderStatus.PARTIALLY_FILLED;
        return new Order(spec, venueOrderId, s, newFilled, avg, fees.add(f.fee()), reason, createdMs, f.timeMs(),
                emulated, contingency);
    }

    /** A conditional order the engine still holds (not triggered yet): nothing of it is at a venue. */
    public boolean isHeldByEngine() {
        // Once the venue has accepted a triggered order it is ACCEPTED again, now with the venue's id.
        return emulated && status == OrderStatus.ACCEPTED && type().isConditional() && venueOrderId == null;
    }

    /**
     * Trailing zeros dropped, but never a negative scale: 100 stays "100", not "1E+2", on screen and through the
     * journal (whose decimals come back with the scale they were written with).
     */
    public static BigDecimal plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
