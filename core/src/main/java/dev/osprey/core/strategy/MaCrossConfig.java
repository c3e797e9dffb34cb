package dev.osprey.core.strategy;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A moving-average cross on one symbol's candles. {@code sizeFraction} is the share of the strategy's cash a buy
 * spends (0-1]: below 1 leaves room for the fee and for the price moving between the candle's close and the fill.
 */
public record MaCrossConfig(String symbol, int fastPeriod, int slowPeriod, BigDecimal sizeFraction) {
    public MaCrossConfig {
        Objects.requireNonNull(symbol, "symbol");
        if (fastPeriod < 1 || slowPeriod <= fastPeriod) {
            throw new IllegalArgumentException("need 1 <= fast < slow, got fast " + fastPeriod + ", slow "
                    + slowPeriod);
        }
        if (sizeFraction == null || sizeFraction.signum() <= 0 || sizeFraction.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("sizeFraction must be in (0, 1], was " + sizeFraction);
        }
    }

    /** 20 over 50 candles, 95 % of cash per entry. */
    public static MaCrossConfig defaults(String symbol) {
        return new MaCrossConfig(symbol, 20, 50, new BigDecimal("0.95"));
    }
}
