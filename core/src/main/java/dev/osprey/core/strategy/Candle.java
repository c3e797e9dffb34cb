package dev.osprey.core.strategy;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One closed kline: open, high, low, close and base volume over [openTimeMs, closeTimeMs], epoch ms. Binance's
 * close time is the last millisecond of the interval (open + 1 h - 1 ms for a 1h kline).
 */
public record Candle(String symbol, long openTimeMs, long closeTimeMs, BigDecimal open, BigDecimal high,
                     BigDecimal low, BigDecimal close, BigDecimal volume) {
    public Candle {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(open, "open");
        Objects.requireNonNull(close, "close");
        if (closeTimeMs < openTimeMs) {
            throw new IllegalArgumentException("candle closes before it opens: " + openTimeMs + " > " + closeTimeMs);
        }
    }
}
