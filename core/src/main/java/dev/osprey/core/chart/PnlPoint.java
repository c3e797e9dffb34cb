package dev.osprey.core.chart;

import java.math.BigDecimal;

/** The session's net P&L (realised + unrealised - fees, in the quote currency) at one moment of engine time. */
public record PnlPoint(long timeMs, BigDecimal pnl) {
}
