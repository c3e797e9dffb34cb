package dev.osprey.xchange;

import dev.osprey.core.order.Liquidity;
import java.math.BigDecimal;

/** One execution of one of our orders as the venue lists it. {@code feeAsset} null: the pair's quote asset. */
record VenueFill(String tradeId, String venueOrderId, BigDecimal price, BigDecimal qty, BigDecimal fee,
                 String feeAsset, Liquidity liquidity, long timeMs) {
}
