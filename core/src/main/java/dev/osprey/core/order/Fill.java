package dev.osprey.core.order;

import java.math.BigDecimal;

/** One execution of one order. Fee is charged in {@code feeAsset}. */
public record Fill(String clientOrderId, String venueOrderId, String tradeId, String symbol, Side side,
                   BigDecimal price, BigDecimal qty, BigDecimal fee, String feeAsset, Liquidity liquidity,
                   long timeMs) {

    public BigDecimal notional() {
        return price.multiply(qty);
    }
}
