package dev.osprey.core.engine;

import java.math.BigDecimal;

/** A position marked to market: mark is the mid of the book, null before the book has synced. */
public record PositionView(String symbol, BigDecimal qty, BigDecimal avgPrice, BigDecimal mark,
                           BigDecimal unrealizedPnl, BigDecimal realizedPnl, BigDecimal fees) {

    /** Realised + unrealised - fees. */
    public BigDecimal netPnl() {
        return realizedPnl.add(unrealizedPnl).subtract(fees);
    }
}
