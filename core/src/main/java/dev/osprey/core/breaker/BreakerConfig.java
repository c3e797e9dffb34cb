package dev.osprey.core.breaker;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The triggers and how a half-open breaker probes.
 *
 * @param probeSizeFactor       entries in a probe are scaled by this (0.25 = a quarter of normal size)
 * @param probeOrders           entries a probe may send before it waits out its window; 0 = no count limit
 * @param probeWindow           a probe that sees no trip for this long closes its breaker
 * @param targetVolatility      entry size scales by min(1, target / realised); same units as the engine's
 *                              realised volatility (annualised fraction by default); null = no scaling
 * @param minCorrelationSamples fewer aligned returns than this give no correlation reading (noise)
 */
public record BreakerConfig(List<Trigger> triggers, BigDecimal probeSizeFactor, int probeOrders,
                            Duration probeWindow, BigDecimal targetVolatility, int minCorrelationSamples) {
    public BreakerConfig {
        triggers = List.copyOf(Objects.requireNonNull(triggers, "triggers"));
        Set<String> names = new HashSet<>();
        for (Trigger t : triggers) {
            if (!names.add(t.name())) {
                throw new BreakerConfigException("trigger '" + t.name() + "' is configured twice");
            }
        }
        if (probeSizeFactor == null || probeSizeFactor.signum() <= 0 || probeSizeFactor.compareTo(BigDecimal.ONE) > 0) {
            throw new BreakerConfigException("probe size factor must be above 0 and at most 1, got " + probeSizeFactor);
        }
        if (probeOrders < 0) {
            throw new BreakerConfigException("probe orders must be 0 (no limit) or more, got " + probeOrders);
        }
        if (probeWindow == null || probeWindow.isNegative() || probeWindow.isZero()) {
            throw new BreakerConfigException("probe window must be a positive time, got " + probeWindow);
        }
        if (targetVolatility != null && targetVolatility.signum() <= 0) {
            throw new BreakerConfigException("target volatility must be above 0 (or off), got " + targetVolatility);
        }
        if (minCorrelationSamples < 3) {
            throw new BreakerConfigException("correlation needs at least 3 samples, got " + minCorrelationSamples);
        }
    }

    /**
     * {@link DefaultTriggers#all()}: the protective set and the watch-only set; probes at 25 % size, up to 3 entries,
     * over 30 minutes; 50 % annualised target volatility; correlation over at least 20 returns.
     */
    public static BreakerConfig defaults() {
        return new BreakerConfig(DefaultTriggers.all(), new BigDecimal("0.25"), 3, Duration.ofMinutes(30),
                new BigDecimal("0.50"), 20);
    }

    /** Same probe and scaling settings, other triggers. */
    public BreakerConfig withTriggers(List<Trigger> next) {
        return new BreakerConfig(next, probeSizeFactor, probeOrders, probeWindow, targetVolatility,
                minCorrelationSamples);
    }
}
