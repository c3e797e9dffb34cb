package dev.osprey.core.breaker;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Entry size = min(1, target / realised), times the probe factor while a breaker probes. */
class VolatilityScalingTest {
    private static final BigDecimal TARGET = new BigDecimal("0.50");
    private static final long T0 = 1_723_161_600_000L;

    @Test
    void whenRealisedDoubleTheTarget_thenHalfSize() {
        assertEquals(0, new BigDecimal("0.5").compareTo(VolatilityScaling.factor(TARGET, 1.0)));
    }

    @Test
    void whenRealisedBelowOrAtTarget_thenFullSize() {
        assertEquals(BigDecimal.ONE, VolatilityScaling.factor(TARGET, 0.25));
        assertEquals(BigDecimal.ONE, VolatilityScaling.factor(TARGET, 0.5));
    }

    @Test
    void whenNoUsableReadingOrNoTarget_thenFullSize() {
        assertEquals(BigDecimal.ONE, VolatilityScaling.factor(TARGET, 0));
        assertEquals(BigDecimal.ONE, VolatilityScaling.factor(TARGET, Double.NaN));
        assertEquals(BigDecimal.ONE, VolatilityScaling.factor(null, 2.0));
    }

    @Test
    void whenEvaluated_thenEachSymbolScaledByItsOwnVolatility() {
        CircuitBreaker cb = new CircuitBreaker(BreakerConfig.defaults());

        Restriction r = cb.evaluate(Metrics.calm().at(T0).vol("BTCUSDT", 0.8).vol("ETHUSDT", 0.4).build())
                .restriction();

        assertEquals(0, new BigDecimal("0.625").compareTo(r.sizeFactor("BTCUSDT")));
        assertEquals(0, BigDecimal.ONE.compareTo(r.sizeFactor("ETHUSDT")));
        assertEquals(0, BigDecimal.ONE.compareTo(r.sizeFactor("SOLUSDT")), "no reading, no scaling");
    }

    @Test
    void whenProbingInHighVolatility_thenFactorsMultiply() {
        CircuitBreaker cb = new CircuitBreaker(BreakerConfig.defaults());
        cb.evaluate(Metrics.calm().at(T0).venue("binance", 0, 2500, 0, 5_000).build());

        Restriction r = cb.evaluate(Metrics.calm().at(T0 + 3_600_000).vol("BTCUSDT", 1.0).build()).restriction();

        assertEquals(0, new BigDecimal("0.125").compareTo(r.sizeFactor("BTCUSDT")), "0.25 probe x 0.5 volatility");
    }

    @Test
    void whenTargetOff_thenNoScaling() {
        BreakerConfig d = BreakerConfig.defaults();
        CircuitBreaker cb = new CircuitBreaker(new BreakerConfig(d.triggers(), d.probeSizeFactor(), d.probeOrders(),
                d.probeWindow(), null, d.minCorrelationSamples()));

        Restriction r = cb.evaluate(Metrics.calm().at(T0).vol("BTCUSDT", 5.0).build()).restriction();

        assertEquals(0, BigDecimal.ONE.compareTo(r.sizeFactor("BTCUSDT")));
        assertEquals(List.of(), r.reasons());
    }
}
