package dev.osprey.core.strategy;

import dev.osprey.core.order.Side;

import java.math.BigDecimal;

/** The last thing a strategy asked for, at the close of which candle, and why. */
public record Signal(long candleCloseMs, String symbol, Side side, BigDecimal qty, String reason) {
}
