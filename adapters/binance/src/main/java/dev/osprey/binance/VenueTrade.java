package dev.osprey.binance;

import dev.osprey.core.order.Liquidity;
import java.math.BigDecimal;

/** One execution of one of our orders, identified by Binance's trade id so no source can report it twice. */
record VenueTrade(String tradeId, BigDecimal price, BigDecimal qty, BigDecimal fee, String feeAsset,
                  Liquidity liquidity, long timeMs) {
}
