package dev.osprey.core.engine;

import dev.osprey.core.breaker.BreakerConfig;
import dev.osprey.core.mode.LiveStages;
import dev.osprey.core.risk.PreTradeRisk;
import dev.osprey.core.risk.RiskLimits;

import java.util.function.LongSupplier;

/**
 * How an engine is set up beyond its instruments and venue: pre-trade risk, the mark price for P&amp;L, the
 * nanosecond clock that times orders for the per-second rate limit, the circuit breaker (null: none) and the live
 * stages whose risk profiles the mode switch applies, and how live trading is reviewed (null: never automatically).
 */
public record EngineSettings(PreTradeRisk risk, MarkPrice mark, LongSupplier nanos, BreakerConfig breaker,
                             LiveStages stages, LiveReview review) {

    /** Without an automatic review of live trading. */
    public EngineSettings(PreTradeRisk risk, MarkPrice mark, LongSupplier nanos, BreakerConfig breaker,
                          LiveStages stages) {
        this(risk, mark, nanos, breaker, stages, null);
    }

    /** The same settings, with live trading reviewed (and stepped down when it degrades) as {@code r} says. */
    public EngineSettings withReview(LiveReview r) {
        return new EngineSettings(risk, mark, nanos, breaker, stages, r);
    }

    /** With the shipped live stages. */
    public EngineSettings(PreTradeRisk risk, MarkPrice mark, LongSupplier nanos, BreakerConfig breaker) {
        this(risk, mark, nanos, breaker, LiveStages.defaults());
    }

    /** Without a circuit breaker. */
    public EngineSettings(PreTradeRisk risk, MarkPrice mark, LongSupplier nanos) {
        this(risk, mark, nanos, null);
    }

    /** No risk limits, no circuit breaker, marks at mid: for tests and the bare order path. */
    public static EngineSettings defaults() {
        return new EngineSettings(new PreTradeRisk(RiskLimits.none()), MarkPrice.MID, System::nanoTime, null);
    }

    public static EngineSettings of(RiskLimits limits, MarkPrice mark, BreakerConfig breaker) {
        return new EngineSettings(new PreTradeRisk(limits), mark, System::nanoTime, breaker);
    }
}
