package dev.osprey.core.mode;

import dev.osprey.core.risk.RiskLimits;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;
import java.util.Set;

/**
 * How much a mode, or a live stage, may put at risk: per trade, in total, and on which symbols. Percents are of the
 * account's equity (0-100). A null percent leaves the configured limit alone; so does an empty symbol set.
 *
 * @param riskPerTradePercent what one trade may lose at its stop (the whole position when it has no stop)
 * @param maxExposurePercent  how large one position may grow, as a share of equity
 */
public record RiskProfile(BigDecimal riskPerTradePercent, BigDecimal maxExposurePercent, Set<String> symbols) {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public RiskProfile {
        requirePercent(riskPerTradePercent, "riskPerTradePercent");
        requirePercent(maxExposurePercent, "maxExposurePercent");
        symbols = Set.copyOf(Objects.requireNonNull(symbols, "symbols"));
    }

    /** PAPER: the configured limits as they are, so paper rehearses under the limits the trader chose. */
    public static RiskProfile unrestricted() {
        return new RiskProfile(null, null, Set.of());
    }

    /**
     * The engine's limits for this profile: the base limits, with the symbols replaced and each size limit made
     * no looser than the profile allows. A mode never loosens what the trader configured.
     * <ul>
     *   <li>symbols: {@code allowedSymbols};</li>
     *   <li>exposure: {@code maxPositionPercent}, and with a known equity {@code maxOrderNotional} and
     *       {@code maxPositionNotional} = equity x exposure;</li>
     *   <li>risk per trade: {@code maxPortfolioHeatPercent} = risk per trade x open positions allowed (one per
     *       symbol), and {@code maxOpenPositions} = the number of symbols. Heat counts the loss at the stop, or the
     *       whole value without one, so an unprotected position is held to the risk per trade.</li>
     * </ul>
     *
     * @param equity account value in the quote currency when the mode is entered, or null if unknown
     */
    public RiskLimits toRiskLimits(RiskLimits base, BigDecimal equity) {
        Set<String> allowed = symbols.isEmpty() ? base.allowedSymbols() : symbols;
        BigDecimal notional = equity == null || maxExposurePercent == null ? null
                : equity.multiply(maxExposurePercent).divide(HUNDRED, MathContext.DECIMAL64);
        Integer positions = symbols.isEmpty() ? base.maxOpenPositions() : tighter(base.maxOpenPositions(),
                symbols.size());
        BigDecimal heat = riskPerTradePercent == null ? null
                : riskPerTradePercent.multiply(BigDecimal.valueOf(positions == null ? 1 : positions));
        return new RiskLimits(allowed, base.minOrderValue(), base.maxOrderQty(),
                tighter(base.maxOrderNotional(), notional), base.priceBandPercent(), base.maxOrdersPerSecond(),
                base.maxOpenOrders(), base.buyingPower(), base.minAccountBalance(), base.stablecoinReservePercent(),
                tighter(base.maxPositionNotional(), notional), tighter(base.maxPositionPercent(), maxExposurePercent),
                positions, base.maxConcentrationPercent(), tighter(base.maxPortfolioHeatPercent(), heat),
                base.stablecoins());
    }

    private static BigDecimal tighter(BigDecimal configured, BigDecimal mode) {
        if (configured == null) {
            return mode;
        }
        return mode == null ? configured : configured.min(mode);
    }

    private static Integer tighter(Integer configured, int mode) {
        return configured == null ? mode : Math.min(configured, mode);
    }

    private static void requirePercent(BigDecimal p, String name) {
        if (p != null && (p.signum() <= 0 || p.compareTo(HUNDRED) > 0)) {
            throw new IllegalArgumentException(name + " must be in (0, 100], was " + p);
        }
    }
}
