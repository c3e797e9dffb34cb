package dev.osprey.core.engine;

import java.math.BigDecimal;

/** A position marked to market (mid or last trade, as configured); mark is null until there is a price. */
public record PositionView(String symbol, BigDecimal qty, BigDecimal avgPrice, BigDecimal mark,
                           BigDecimal unrealizedPnl, BigDecimal realizedPnl, BigDecimal fees) {

    /** Realised + unrealised - fees. */
    public BigDecimal netPnl() {
        return realizedPnl.add(unrealizedPnl).subtract(fees);
    }
}
