package dev.osprey.paper;

import dev.osprey.core.order.Liquidity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Objects;

/**
 * The paper venue's settings: fee rates in basis points of notional, the opening balance of each asset (e.g. USDT
 * 10000), and how long its messages take ({@link PaperLatency}, in venue time).
 * Fees are charged in the quote asset on both sides (see {@link Settlement}).
 */
public record PaperAccountConfig(BigDecimal makerFeeBps, BigDecimal takerFeeBps,
                                 Map<String, BigDecimal> initialBalances, PaperLatency latency) {

    /** Binance spot's base tier, so paper results look like what a new live account would pay. */
    public static final BigDecimal BINANCE_BASE_FEE_BPS = BigDecimal.TEN;

    private static final BigDecimal BPS_PER_ONE = BigDecimal.valueOf(10_000);

    public PaperAccountConfig {
        requireRate(makerFeeBps, "makerFeeBps");
        requireRate(takerFeeBps, "takerFeeBps");
        Objects.requireNonNull(initialBalances, "initialBalances");
        initialBalances.forEach((asset, amount) -> {
            if (amount == null || amount.signum() < 0) {
                throw new IllegalArgumentException("opening balance of " + asset + " must be >= 0, was " + amount);
            }
        });
        initialBalances = Map.copyOf(initialBalances);
        Objects.requireNonNull(latency, "latency");
    }

    /** No latency: every request acts at the market time it was sent. */
    public PaperAccountConfig(BigDecimal makerFeeBps, BigDecimal takerFeeBps, Map<String, BigDecimal> initialBalances) {
        this(makerFeeBps, takerFeeBps, initialBalances, PaperLatency.NONE);
    }

    public PaperAccountConfig withLatency(PaperLatency newLatency) {
        return new PaperAccountConfig(makerFeeBps, takerFeeBps, initialBalances, newLatency);
    }

    /** Base-tier fees on both sides, starting from the given balances. */
    public static PaperAccountConfig binanceBaseTier(Map<String, BigDecimal> initialBalances) {
        return new PaperAccountConfig(BINANCE_BASE_FEE_BPS, BINANCE_BASE_FEE_BPS, initialBalances);
    }

    /** The fee on one fill, rounded to 8 decimals the way a venue states it. */
    public BigDecimal fee(BigDecimal notional, Liquidity liquidity) {
        return feeAt(notional, liquidity == Liquidity.MAKER ? makerFeeBps : takerFeeBps, RoundingMode.HALF_UP);
    }

    /**
     * The fee to set aside when locking funds for a limit buy. Whether it will fill as maker or taker is unknown
     * when it is placed, so the dearer rate is reserved (the taker rate on any real fee schedule).
     */
    BigDecimal reserveFee(BigDecimal notional) {
        return feeAt(notional, makerFeeBps.max(takerFeeBps), RoundingMode.CEILING);
    }

    private static BigDecimal feeAt(BigDecimal notional, BigDecimal bps, RoundingMode rounding) {
        // Moving the point 4 places is dividing by 10,000 exactly, without BigDecimal's long division.
        return notional.multiply(bps).movePointLeft(4).setScale(8, rounding);
    }

    private static void requireRate(BigDecimal bps, String name) {
        // A fee of 100% or more would turn a sale into a debt and let a balance go negative.
        if (bps == null || bps.signum() < 0 || bps.compareTo(BPS_PER_ONE) >= 0) {
            throw new IllegalArgumentException(name + " must be in [0, 10000) bps, was " + bps);
        }
    }
}
