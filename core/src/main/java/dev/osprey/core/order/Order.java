package dev.osprey.core.order;

import java.math.BigDecimal;
import java.math.MathContext;

/** An order as the engine knows it. Immutable: every transition makes a new one. */
public record Order(String clientOrderId, String venueOrderId, String symbol, Side side, OrderType type,
                    BigDecimal qty, BigDecimal price, OrderStatus status, BigDecimal filledQty,
                    BigDecimal avgFillPrice, BigDecimal fees, String reason, long createdMs, long updatedMs) {

    public static Order submitted(OrderRequest r, long timeMs) {
        return new Order(r.clientOrderId(), null, r.symbol(), r.side(), r.type(), r.qty(), r.price(),
                OrderStatus.SUBMITTED, BigDecimal.ZERO, null, BigDecimal.ZERO, "", timeMs, timeMs);
    }

    public static Order rejected(OrderRequest r, Rejection rejection, long timeMs) {
        return new Order(r.clientOrderId(), null, r.symbol(), r.side(), r.type(), r.qty(), r.price(),
                OrderStatus.REJECTED, BigDecimal.ZERO, null, BigDecimal.ZERO, rejection.text(), timeMs, timeMs);
    }

    public BigDecimal remainingQty() {
        return qty.subtract(filledQty);
    }

    public boolean isWorking() {
        return status.isWorking();
    }

    public Order withStatus(OrderStatus s, String why, long timeMs) {
        return new Order(clientOrderId, venueOrderId, symbol, side, type, qty, price, s, filledQty, avgFillPrice,
                fees, why, createdMs, timeMs);
    }

    public Order withVenueOrderId(String id) {
        return new Order(clientOrderId, id, symbol, side, type, qty, price, status, filledQty, avgFillPrice, fees,
                reason, createdMs, updatedMs);
    }

    /** Adds a fill: volume-weighted average price, fees summed; status follows from the filled quantity. */
    public Order withFill(Fill f) {
        BigDecimal newFilled = filledQty.add(f.qty());
        BigDecimal cost = (avgFillPrice == null ? BigDecimal.ZERO : avgFillPrice.multiply(filledQty))
                .add(f.price().multiply(f.qty()));
        BigDecimal avg = cost.divide(newFilled, MathContext.DECIMAL64).stripTrailingZeros();
        OrderStatus s = newFilled.compareTo(qty) >= 0 ? OrderStatus.FILLED : OrderStatus.PARTIALLY_FILLED;
        return new Order(clientOrderId, venueOrderId, symbol, side, type, qty, price, s, newFilled, avg,
                fees.add(f.fee()), reason, createdMs, f.timeMs());
    }
}
