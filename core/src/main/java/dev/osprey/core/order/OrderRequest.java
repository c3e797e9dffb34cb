package dev.osprey.core.order;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An order as the trader asked for it, carrying our client order id. {@code price} is the limit price (null for
 * market-style types), {@code stopPrice} the trigger of stop and take-profit types, {@code expireAtMs} the end of a
 * GTD order (0 otherwise), {@code trailing} the trail of a trailing stop.
 */
public record OrderRequest(String clientOrderId, String symbol, Side side, OrderType type, BigDecimal qty,
                           BigDecimal price, BigDecimal stopPrice, TimeInForce tif, long expireAtMs,
                           boolean postOnly, boolean reduceOnly, Trailing trailing) {
    public OrderRequest {
        Objects.requireNonNull(clientOrderId, "clientOrderId");
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(qty, "qty");
        Objects.requireNonNull(tif, "tif");
    }

    /** A plain market or limit order: market orders are IOC, limit orders GTC. */
    public OrderRequest(String clientOrderId, String symbol, Side side, OrderType type, BigDecimal qty,
                        BigDecimal price) {
        this(clientOrderId, symbol, side, type, qty, price, null, defaultTif(type), 0L, false, false, null);
    }

    public static TimeInForce defaultTif(OrderType type) {
        return type == OrderType.MARKET ? TimeInForce.IOC : TimeInForce.GTC;
    }

    public OrderRequest withClientOrderId(String id) {
        return new OrderRequest(id, symbol, side, type, qty, price, stopPrice, tif, expireAtMs, postOnly, reduceOnly,
                trailing);
    }

    public OrderRequest withQtyAndPrice(BigDecimal newQty, BigDecimal newPrice) {
        return new OrderRequest(clientOrderId, symbol, side, type, newQty, newPrice, stopPrice, tif, expireAtMs,
                postOnly, reduceOnly, trailing);
    }

    public OrderRequest withStopPrice(BigDecimal newStop) {
        return new OrderRequest(clientOrderId, symbol, side, type, qty, price, newStop, tif, expireAtMs, postOnly,
                reduceOnly, trailing);
    }

    /** What a venue without GTD is sent for a plain order: GTD becomes GTC and the engine expires it. */
    public OrderRequest forVenue() {
        if (tif != TimeInForce.GTD) {
            return this;
        }
        return new OrderRequest(clientOrderId, symbol, side, type, qty, price, stopPrice, TimeInForce.GTC, 0L, postOnly,
                reduceOnly, trailing);
    }

    /**
     * What the venue is sent once a conditional order has triggered: the plain type, same id, same quantity left.
     * GTD stays with the engine, so the venue sees GTC.
     */
    public OrderRequest triggered(BigDecimal remaining) {
        OrderType plain = type.onTrigger();
        TimeInForce t = plain == OrderType.MARKET ? TimeInForce.IOC : tif == TimeInForce.GTD ? TimeInForce.GTC : tif;
        return new OrderRequest(clientOrderId, symbol, side, plain, remaining, plain.needsPrice() ? price : null, null,
                t, 0L, false, reduceOnly, null);
    }
}
