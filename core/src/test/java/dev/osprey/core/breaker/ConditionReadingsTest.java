package dev.osprey.core.breaker;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The conditions no default uses, and the edges of readings: just inside passes, at the threshold trips. */
class ConditionReadingsTest {
    private static final long T0 = 1_723_161_600_000L;

    @Test
    void whenErrorRateReachesThreshold_thenTripsNamingTheVenue() {
        CircuitBreaker cb = only("errors", Condition.API_ERROR_RATE, "0.05", BreakerAction.PAUSE_TRADING);

        Evaluation inside = cb.evaluate(Metrics.calm().at(T0).venue("binance", 0.049, 50, 0, 0).build());
        Evaluation at = cb.evaluate(Metrics.calm().at(T0 + 1).venue("binance", 0.05, 50, 0, 0).build());

        assertEquals(List.of(), inside.events());
        assertEquals(List.of(BreakerEvent.Kind.TRIPPED), Metrics.kinds(at));
        assertTrue(at.events().get(0).why().contains("binance"), at.events().get(0).why());
    }

    @Test
    void whenLatencyHaltsPerVenue_thenOnlyTheSlowVenueHalts() {
        CircuitBreaker cb = only("slow", Condition.API_LATENCY_MS, "2000", BreakerAction.HALT_VENUE);

        Evaluation e = cb.evaluate(Metrics.calm().at(T0).venue("binance", 0, 2100, 0, 0)
                .venue("kraken", 0, 100, 0, 0).build());

        assertEquals("binance", e.events().get(0).scope());
        assertEquals(Set.of("binance"), e.restriction().haltedVenues());
        assertEquals(2, cb.breakers().size(), "one breaker per venue");
    }

    @Test
    void whenDataGoesStale_thenTripsNamingTheStaleSymbols() {
        CircuitBreaker cb = only("stale", Condition.DATA_STALE_MS, "5000", BreakerAction.HALT_NEW_TRADES);

        Evaluation e = cb.evaluate(Metrics.calm().at(T0).dataAge("BTCUSDT", 200).dataAge("ETHUSDT", 7000).build());

        assertEquals(List.of(BreakerEvent.Kind.TRIPPED), Metrics.kinds(e));
        String why = e.events().get(0).why();
        assertTrue(why.contains("ETHUSDT") && !why.contains("BTCUSDT"), why);
    }

    @Test
    void whenVenueHasNoHeartbeat_thenHeartbeatTriggerIgnoresIt() {
        CircuitBreaker cb = new CircuitBreaker(BreakerConfig.defaults());

        Evaluation e = cb.evaluate(Metrics.calm().at(T0).venue("paper", 0, 0, 999_999, 0).build());

        assertEquals(List.of(), e.events());
    }

    @Test
    void whenTooFewReturnsForCorrelation_thenNoTrip() {
        CircuitBreaker cb = new CircuitBreaker(BreakerConfig.defaults());
        double[] short19 = Metrics.series(19, 1);

        Evaluation e = cb.evaluate(Metrics.calm().at(T0).position("BTCUSDT", short19)
                .position("ETHUSDT", short19).build());

        assertEquals(List.of(), e.events(), "19 returns are below the 20 the defaults need");
    }

    @Test
    void whenVenueBackBeforeMinimum_thenUntilClearWaitsForTheMinimumToo() {
        BreakerConfig cfg = BreakerConfig.defaults().withTriggers(List.of(new Trigger("hb",
                Condition.HEARTBEAT_MISSED_INTERVALS, new BigDecimal("2"), BreakerAction.HALT_VENUE,
                Cooldown.untilClear(Duration.ofMinutes(5)))));
        CircuitBreaker cb = new CircuitBreaker(cfg);
        cb.evaluate(Metrics.calm().at(T0).venue("binance", 0, 0, 10_000, 5_000).build());

        Evaluation tooSoon = cb.evaluate(Metrics.calm().at(T0 + 60_000).venue("binance", 0, 0, 0, 5_000).build());
        Evaluation later = cb.evaluate(Metrics.calm().at(T0 + 300_000).venue("binance", 0, 0, 0, 5_000).build());

        assertEquals(List.of(), tooSoon.events());
        assertEquals(List.of(BreakerEvent.Kind.HALF_OPENED), Metrics.kinds(later));
    }

    private static CircuitBreaker only(String name, Condition c, String threshold, BreakerAction a) {
        return new CircuitBreaker(BreakerConfig.defaults().withTriggers(List.of(
                new Trigger(name, c, new BigDecimal(threshold), a, Cooldown.after(Duration.ofHours(1))))));
    }
}
