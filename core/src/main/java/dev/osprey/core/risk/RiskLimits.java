package dev.osprey.core.risk;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Pre-trade limits, one per rejection reason. Quantities are in the base asset per symbol, values in the quote
 * (stablecoin) currency, percents of the portfolio's value (0-100). A null limit is off.
 *
 * @param allowedSymbols   symbols that may trade (empty: all configured instruments)
 * @param buyingPower      check free balances before sending (the venue checks again)
 * @param stablecoins      assets counted as cash for the reserve
 */
public record RiskLimits(Set<String> allowedSymbols, BigDecimal minOrderValue, Map<String, BigDecimal> maxOrderQty,
                         BigDecimal maxOrderNotional, BigDecimal priceBandPercent, Integer maxOrdersPerSecond,
                         Integer maxOpenOrders, boolean buyingPower, BigDecimal minAccountBalance,
                         BigDecimal stablecoinReservePercent,
                         BigDecimal maxPositionNotional, BigDecimal maxPositionPercent, Integer maxOpenPositions,
                         BigDecimal maxConcentrationPercent, BigDecimal maxPortfolioHeatPercent,
                         Set<String> stablecoins) {
    public RiskLimits {
        allowedSymbols = Set.copyOf(Objects.requireNonNull(allowedSymbols, "allowedSymbols"));
        maxOrderQty = Map.copyOf(Objects.requireNonNull(maxOrderQty, "maxOrderQty"));
        stablecoins = Set.copyOf(Objects.requireNonNull(stablecoins, "stablecoins"));
    }

    /** No limits at all: for tests and benchmarks of the order path without risk. */
    public static RiskLimits none() {
        return new RiskLimits(Set.of(), null, Map.of(), null, null, null, null, false, null, null, null, null, null,
                null, null, Set.of("USDT"));
    }
}
