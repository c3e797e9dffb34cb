package dev.osprey.core.strategy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayDeque;
import java.util.Deque;

/** A simple moving average over the last {@code period} values, kept as a running sum so each step is O(1). */
final class MovingAverage {
    private final int period;
    private final Deque<BigDecimal> window = new ArrayDeque<>();
    private BigDecimal sum = BigDecimal.ZERO;

    MovingAverage(int period) {
        if (period < 1) {
            throw new IllegalArgumentException("period must be >= 1, was " + period);
        }
        this.period = period;
    }

    void add(BigDecimal value) {
        window.addLast(value);
        sum = sum.add(value);
        if (window.size() > period) {
            sum = sum.subtract(window.removeFirst());
        }
    }

    boolean isFull() {
        return window.size() == period;
    }

    int period() {
        return period;
    }

    /** The sum of the window: averages are compared as cross products, with no division and no rounding. */
    BigDecimal sum() {
        return sum;
    }

    BigDecimal average() {
        return sum.divide(BigDecimal.valueOf(period), 2, RoundingMode.HALF_EVEN);
    }
}
