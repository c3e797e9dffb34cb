package dev.osprey.core.engine;

import dev.osprey.core.risk.PreTradeRisk;
import dev.osprey.core.risk.RiskLimits;

import java.util.function.LongSupplier;

/**
 * How an engine is set up beyond its instruments and venue: pre-trade risk, the mark price for P&amp;L, and the
 * nanosecond clock that times orders for the per-second rate limit.
 */
public record EngineSettings(PreTradeRisk risk, MarkPrice mark, LongSupplier nanos) {

    /** No risk limits, marks at mid: for tests and the bare order path. */
    public static EngineSettings defaults() {
        return new EngineSettings(new PreTradeRisk(RiskLimits.none()), MarkPrice.MID, System::nanoTime);
    }

    public static EngineSettings of(RiskLimits limits, MarkPrice mark) {
        return new EngineSettings(new PreTradeRisk(limits), mark, System::nanoTime);
    }
}
