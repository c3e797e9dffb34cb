package dev.osprey.core.mode;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One round trip, flat to flat: what was bought and sold, at what average prices, what it made before fees, and
 * the fees of both sides. Money in the quote currency.
 */
public record ClosedTrade(String symbol, long entryTimeMs, long exitTimeMs, BigDecimal qty, BigDecimal entryPrice,
                          BigDecimal exitPrice, BigDecimal grossPnl, BigDecimal fees) {
    public ClosedTrade {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(grossPnl, "grossPnl");
        Objects.requireNonNull(fees, "fees");
    }

    public BigDecimal netPnl() {
        return grossPnl.subtract(fees);
    }

    /** A trade that made money after its fees. */
    public boolean isWin() {
        return netPnl().signum() > 0;
    }
}
