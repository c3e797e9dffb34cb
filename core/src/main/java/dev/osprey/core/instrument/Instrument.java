package dev.osprey.core.instrument;

import java.math.BigDecimal;
import java.util.Objects;

/** A tradable pair and the venue's rules for it: price tick, quantity step and bounds, minimum order value. */
public record Instrument(String symbol, String baseAsset, String quoteAsset, BigDecimal tickSize,
                         BigDecimal lotStep, BigDecimal minQty, BigDecimal maxQty, BigDecimal minNotional) {
    public Instrument {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(baseAsset, "baseAsset");
        Objects.requireNonNull(quoteAsset, "quoteAsset");
        requirePositive(tickSize, "tickSize");
        requirePositive(lotStep, "lotStep");
        requirePositive(minQty, "minQty");
        requirePositive(maxQty, "maxQty");
        Objects.requireNonNull(minNotional, "minNotional");
    }

    /** Digits after the point that a price of this instrument shows: those of its tick size. */
    public int priceDecimals() {
        return decimals(tickSize);
    }

    /** Digits after the point that a quantity shows: those of its lot step. */
    public int qtyDecimals() {
        return decimals(lotStep);
    }

    private static int decimals(BigDecimal step) {
        return Math.max(0, step.stripTrailingZeros().scale());
    }

    private static void requirePositive(BigDecimal v, String name) {
        if (v == null || v.signum() <= 0) {
            throw new IllegalArgumentException(name + " must be > 0, was " + v);
        }
    }
}
