package dev.osprey.core.order;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The protective legs of a bracket, as percents of the entry price: stop-loss below (for a buy) and take-profit above,
 * and the profit at which the stop starts trailing (null: never trails). Defaults come from config.
 */
public record BracketSpec(BigDecimal stopLossPercent, BigDecimal takeProfitPercent, BigDecimal trailArmPercent,
                          String stopLossId, String takeProfitId) {
    public BracketSpec {
        requirePercent(stopLossPercent, "stopLossPercent");
        requirePercent(takeProfitPercent, "takeProfitPercent");
        if (trailArmPercent != null) {
            requirePercent(trailArmPercent, "trailArmPercent");
        }
        Objects.requireNonNull(stopLossId, "stopLossId");
        Objects.requireNonNull(takeProfitId, "takeProfitId");
    }

    private static void requirePercent(BigDecimal v, String name) {
        if (v == null || v.signum() <= 0 || v.compareTo(BigDecimal.valueOf(100)) >= 0) {
            throw new IllegalArgumentException(name + " must be in (0, 100), was " + v);
        }
    }
}
