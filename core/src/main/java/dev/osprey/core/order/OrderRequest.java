package dev.osprey.core.order;

import java.math.BigDecimal;
import java.util.Objects;

/** What a venue is asked to do: our client order id travels with it. Price is null for market orders. */
public record OrderRequest(String clientOrderId, String symbol, Side side, OrderType type, BigDecimal qty,
                           BigDecimal price) {
    public OrderRequest {
        Objects.requireNonNull(clientOrderId, "clientOrderId");
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(qty, "qty");
    }
}
