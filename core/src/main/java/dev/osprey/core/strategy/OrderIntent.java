package dev.osprey.core.strategy;

import dev.osprey.core.order.OrderType;
import dev.osprey.core.order.Side;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What a strategy wants traded. The executor turns it into an ordinary order request, so it meets the same gate,
 * rules and risk checks as an order from the ticket. {@code reason} is the signal in words, for the strategy list.
 */
public record OrderIntent(String symbol, Side side, OrderType type, BigDecimal qty, BigDecimal price, String reason) {
    public OrderIntent {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(qty, "qty");
        reason = reason == null ? "" : reason;
    }

    public static OrderIntent market(String symbol, Side side, BigDecimal qty, String reason) {
        return new OrderIntent(symbol, side, OrderType.MARKET, qty, null, reason);
    }
}
