package dev.osprey.app.backtest;

import dev.osprey.core.instrument.Instrument;
import dev.osprey.core.mode.RiskProfile;
import dev.osprey.core.mode.ValidationCriteria;
import dev.osprey.core.risk.RiskLimits;
import dev.osprey.core.strategy.MaCrossConfig;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One rehearsal of the MA cross: the instrument, the capital it starts with (quote currency), the fee in bps of
 * notional charged on every fill, the strategy's settings and the bar its record is held to.
 */
public record RehearsalSettings(Instrument instrument, BigDecimal capital, BigDecimal feeBps, MaCrossConfig strategy,
                                ValidationCriteria criteria) {
    public RehearsalSettings {
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(criteria, "criteria");
        if (capital == null || capital.signum() <= 0) {
            throw new IllegalArgumentException("capital must be > 0, was " + capital);
        }
        if (feeBps == null || feeBps.signum() < 0) {
            throw new IllegalArgumentException("fee must be >= 0 bps, was " + feeBps);
        }
    }

    /**
     * The paper path's pre-trade limits: PAPER's profile over a base that checks the symbol and buying power only.
     * The rehearsal measures the order path against a plain backtest; a desk's configured size limits would
     * refuse an all-in strategy, which says nothing about the path.
     */
    public RiskLimits riskLimits() {
        RiskLimits base = new RiskLimits(Set.of(instrument.symbol()), null, Map.of(), null, null, null, null, true,
                null, null, null, null, null, null, null, Set.of(instrument.quoteAsset()));
        return RiskProfile.unrestricted().toRiskLimits(base, capital);
    }
}
