package dev.osprey.core.venue;

import java.math.BigDecimal;

/** Spot balance of one asset: free to trade, and locked by working orders. */
public record Balance(String asset, BigDecimal free, BigDecimal locked) {

    public BigDecimal total() {
        return free.add(locked);
    }
}
