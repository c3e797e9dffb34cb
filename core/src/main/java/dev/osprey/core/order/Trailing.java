package dev.osprey.core.order;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;

/**
 * How a trailing stop follows the market: by a percent of the best price seen, or by a fixed price distance.
 * {@code activationPrice} (optional) arms the trail only once the market has reached it.
 */
public record Trailing(Kind kind, BigDecimal amount, BigDecimal activationPrice) {

    public enum Kind { PERCENT, PRICE }

    public Trailing {
        Objects.requireNonNull(kind, "kind");
        if (amount == null || amount.signum() <= 0) {
            throw new IllegalArgumentException("trailing amount must be > 0, was " + amount);
        }
        if (kind == Kind.PERCENT && amount.compareTo(BigDecimal.valueOf(100)) >= 0) {
            throw new IllegalArgumentException("trailing percent must be below 100, was " + amount);
        }
    }

    /** The stop level for an order on {@code side} given the best price seen since arming. */
    public BigDecimal stopFrom(Side side, BigDecimal extreme) {
        BigDecimal distance = kind == Kind.PRICE ? amount
                : extreme.multiply(amount).divide(BigDecimal.valueOf(100), MathContext.DECIMAL64);
        return side == Side.SELL ? extreme.subtract(distance) : extreme.add(distance);
    }
}
