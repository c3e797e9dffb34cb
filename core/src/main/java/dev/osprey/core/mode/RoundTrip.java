package dev.osprey.core.mode;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;

/** A long spot position from the first buy to the sell that flattens it; becomes a {@link ClosedTrade}. */
final class RoundTrip {
    private final String symbol;
    private long entryMs;
    private BigDecimal held = BigDecimal.ZERO;
    private BigDecimal bought = BigDecimal.ZERO;
    private BigDecimal buyCost = BigDecimal.ZERO;
    private BigDecimal sold = BigDecimal.ZERO;
    private BigDecimal proceeds = BigDecimal.ZERO;
    private BigDecimal fees = BigDecimal.ZERO;
    private long exitMs;

    RoundTrip(String symbol) {
        this.symbol = symbol;
    }

    String symbol() {
        return symbol;
    }

    BigDecimal held() {
        return held;
    }

    /** What the holding cost, for equity before the first mark. */
    BigDecimal cost() {
        return bought.signum() == 0 ? BigDecimal.ZERO
                : buyCost.multiply(held).divide(bought, MathContext.DECIMAL64);
    }

    void buy(BigDecimal qty, BigDecimal notional, BigDecimal received, BigDecimal fee, long timeMs) {
        if (bought.signum() == 0) {
            entryMs = timeMs;
        }
        bought = bought.add(qty);
        buyCost = buyCost.add(notional);
        held = held.add(received);
        fees = fees.add(fee);
    }

    void sell(BigDecimal qty, BigDecimal notional, BigDecimal fee, long timeMs) {
        sold = sold.add(qty);
        proceeds = proceeds.add(notional);
        held = held.subtract(qty);
        fees = fees.add(fee);
        exitMs = timeMs;
    }

    ClosedTrade close() {
        BigDecimal entry = bought.signum() == 0 ? BigDecimal.ZERO : buyCost.divide(bought, MathContext.DECIMAL64);
        BigDecimal exit = sold.signum() == 0 ? BigDecimal.ZERO : proceeds.divide(sold, MathContext.DECIMAL64);
        return new ClosedTrade(symbol, entryMs, exitMs, bought, entry, exit, proceeds.subtract(buyCost), fees);
    }

    /** The unsellable dust left after closing, as the start of the next trip (empty when nothing is left). */
    Optional<RoundTrip> carry() {
        if (held.signum() == 0) {
            return Optional.empty();
        }
        RoundTrip next = new RoundTrip(symbol);
        next.held = held;
        return Optional.of(next);
    }
}
