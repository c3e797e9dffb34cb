package dev.osprey.core.breaker;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static dev.osprey.core.breaker.DefaultTriggers.API_LATENCY;
import static dev.osprey.core.breaker.DefaultTriggers.CORRELATION;
import static dev.osprey.core.breaker.DefaultTriggers.DAILY_LOSS;
import static dev.osprey.core.breaker.DefaultTriggers.DRAWDOWN;
import static dev.osprey.core.breaker.DefaultTriggers.VENUE_HEARTBEAT;
import static dev.osprey.core.breaker.DefaultTriggers.WATCH_DAILY_LOSS;
import static dev.osprey.core.breaker.DefaultTriggers.WATCH_DRAWDOWN;
import static dev.osprey.core.breaker.DefaultTriggers.WATCH_LOSING_STREAK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every default trigger through its whole life on constructed data: trips with its action, holds for its cooldown,
 * half-opens into a probe, re-opens on a trip in the probe, closes after a clean probe window. The protective ones
 * run with the full default set, so each also shows it trips alone.
 */
class DefaultTriggerLifecycleTest {
    private static final long T0 = 1_723_161_600_000L;
    private static final long TRIP = T0 + 1_000;
    private static final Duration PROBE_WINDOW = BreakerConfig.defaults().probeWindow();

    /**
     * @param hold     an instant after the trip at which it must still be open (breach still on)
     * @param release  an instant after the trip at which calm metrics half-open it
     * @param isolated run with this trigger alone (the watch ones share conditions with the protective ones)
     */
    record Case(String trigger, UnaryOperator<Metrics> breach, Duration hold, Duration release, boolean isolated,
                Consumer<Restriction> acts) {
        @Override
        public String toString() {
            return trigger;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case(DAILY_LOSS, m -> m.equity("9900"), hours(4).minusMillis(1), hours(4), false, r -> {
                    assertEquals(Restriction.NewOrders.REDUCE_ONLY, r.newOrders());
                    assertEquals(Restriction.CancelWorking.ENTRIES, r.cancelWorking());
                    assertEquals(BreakerRefusal.Reason.EXITS_ONLY, refusal(r, "binance", "BTCUSDT", true));
                    assertNull(refusal(r, "binance", "BTCUSDT", false), "exits still pass");
                }),
                new Case(DRAWDOWN, m -> m.equity("9700").dayStart("9700"), hours(24).minusMillis(1), hours(24),
                        false, r -> {
                    assertTrue(r.closeAll());
                    assertEquals(Restriction.CancelWorking.ALL, r.cancelWorking());
                    assertEquals(Restriction.NewOrders.REDUCE_ONLY, r.newOrders());
                }),
                new Case(API_LATENCY, m -> m.venue("binance", 0, 2000, 1000, 5000), hours(1).minusMillis(1),
                        hours(1), false, r -> {
                    assertEquals(Restriction.NewOrders.NONE, r.newOrders());
                    assertEquals(BreakerRefusal.Reason.PAUSED, refusal(r, "kraken", "BTCUSDT", false));
                }),
                new Case(CORRELATION, m -> m.position("ETHUSDT", Metrics.scaled(Metrics.FAST, 2)),
                        hours(2).minusMillis(1), hours(2), false, r -> {
                    assertEquals(Set.of("BTCUSDT", "ETHUSDT"), r.closeSymbols());
                    assertEquals(BreakerRefusal.Reason.SYMBOL_CLOSING, refusal(r, "binance", "ETHUSDT", true));
                    assertNull(refusal(r, "binance", "SOLUSDT", true), "uncorrelated symbol trades on");
                }),
                new Case(VENUE_HEARTBEAT, m -> m.venue("binance", 0, 50, 10_000, 5_000), hours(6), hours(6)
                        .plusSeconds(1), false, r -> {
                    assertEquals(Set.of("binance"), r.haltedVenues());
                    assertEquals(BreakerRefusal.Reason.VENUE_HALTED, refusal(r, "binance", "BTCUSDT", false));
                    assertNull(refusal(r, "kraken", "BTCUSDT", true), "the other venue trades on");
                }),
                new Case(WATCH_DAILY_LOSS, m -> m.equity("9500"), hours(4).minusMillis(1), hours(4), true,
                        DefaultTriggerLifecycleTest::restrictsNothing),
                new Case(WATCH_DRAWDOWN, m -> m.equity("9000"), hours(24).minusMillis(1), hours(24), true,
                        DefaultTriggerLifecycleTest::restrictsNothing),
                new Case(WATCH_LOSING_STREAK, m -> m.losses(3), hours(1).minusMillis(1), hours(1), true,
                        DefaultTriggerLifecycleTest::restrictsNothing));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void whenBreached_thenTripsAloneWithItsAction(Case c) {
        CircuitBreaker cb = breaker(c);
        assertEquals(List.of(), cb.evaluate(calm(T0)).events(), "calm metrics trip nothing");

        Evaluation e = cb.evaluate(c.breach().apply(calmAt(TRIP)).build());

        assertEquals(1, e.events().size(), "only " + c.trigger() + " trips: " + e.events());
        BreakerEvent trip = e.events().get(0);
        assertEquals(BreakerEvent.Kind.TRIPPED, trip.kind());
        assertEquals(c.trigger(), trip.trigger());
        assertEquals(triggerOf(cb, c).action(), trip.action());
        assertEquals(BreakerEvent.SELF, trip.who());
        assertEquals(TRIP, trip.atMs());
        assertTrue(trip.why().contains("threshold"), trip.why());
        c.acts().accept(e.restriction());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void whenCooldownNotOver_thenStaysOpen(Case c) {
        CircuitBreaker cb = tripped(c);

        Evaluation e = cb.evaluate(c.breach().apply(calmAt(TRIP + c.hold().toMillis())).build());

        assertEquals(List.of(), e.events());
        c.acts().accept(e.restriction());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void whenCooldownOver_thenHalfOpenWithReducedProbe(Case c) {
        CircuitBreaker cb = tripped(c);

        Evaluation e = cb.evaluate(calm(TRIP + c.release().toMillis()));

        assertEquals(List.of(BreakerEvent.Kind.HALF_OPENED), Metrics.kinds(e));
        assertEquals(BreakerState.HALF_OPEN, e.events().get(0).to());
        Restriction r = e.restriction();
        if (triggerOf(cb, c).action().restricts()) {
            assertEquals(Restriction.NewOrders.ALLOWED, r.newOrders());
            assertEquals(0, new BigDecimal("0.25").compareTo(r.sizeFactor("BTCUSDT")));
            assertEquals(3, r.probeEntriesLeft());
        } else {
            restrictsNothing(r);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void whenTripDuringProbe_thenReopensWithFullCooldown(Case c) {
        CircuitBreaker cb = probing(c);
        long reTrip = TRIP + c.release().toMillis() + 60_000;

        Evaluation again = cb.evaluate(c.breach().apply(calmAt(reTrip)).build());
        Evaluation held = cb.evaluate(c.breach().apply(calmAt(reTrip + c.hold().toMillis())).build());
        Evaluation released = cb.evaluate(calm(reTrip + c.release().toMillis()));

        assertEquals(List.of(BreakerEvent.Kind.TRIPPED), Metrics.kinds(again));
        assertEquals(BreakerState.HALF_OPEN, again.events().get(0).from());
        c.acts().accept(again.restriction());
        assertEquals(List.of(), held.events(), "the full cooldown again");
        assertEquals(List.of(BreakerEvent.Kind.HALF_OPENED), Metrics.kinds(released));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void whenProbeWindowPassesClean_thenCloses(Case c) {
        CircuitBreaker cb = probing(c);
        long halfOpen = TRIP + c.release().toMillis();

        Evaluation early = cb.evaluate(calm(halfOpen + PROBE_WINDOW.toMillis() - 1));
        Evaluation done = cb.evaluate(calm(halfOpen + PROBE_WINDOW.toMillis()));

        assertEquals(List.of(), early.events());
        assertEquals(List.of(BreakerEvent.Kind.CLOSED), Metrics.kinds(done));
        assertTrue(done.restriction().unrestricted(), done.restriction().reasons().toString());
        assertTrue(cb.breakers().stream().allMatch(b -> b.state() == BreakerState.CLOSED));
    }

    private static CircuitBreaker breaker(Case c) {
        BreakerConfig all = BreakerConfig.defaults();
        return new CircuitBreaker(c.isolated() ? all.withTriggers(all.triggers().stream()
                .filter(t -> t.name().equals(c.trigger())).toList()) : all);
    }

    private static CircuitBreaker tripped(Case c) {
        CircuitBreaker cb = breaker(c);
        cb.evaluate(calm(T0));
        assertEquals(List.of(BreakerEvent.Kind.TRIPPED),
                Metrics.kinds(cb.evaluate(c.breach().apply(calmAt(TRIP)).build())));
        return cb;
    }

    private static CircuitBreaker probing(Case c) {
        CircuitBreaker cb = tripped(c);
        assertEquals(List.of(BreakerEvent.Kind.HALF_OPENED),
                Metrics.kinds(cb.evaluate(calm(TRIP + c.release().toMillis()))));
        return cb;
    }

    /** Two healthy venues and three uncorrelated positions. */
    private static Metrics calmAt(long ms) {
        return Metrics.calm().at(ms)
                .venue("binance", 0, 50, 1_000, 5_000)
                .venue("kraken", 0, 80, 1_000, 5_000)
                .position("BTCUSDT", Metrics.FAST)
                .position("ETHUSDT", Metrics.MEDIUM)
                .position("SOLUSDT", Metrics.SLOW);
    }

    private static PortfolioMetrics calm(long ms) {
        return calmAt(ms).build();
    }

    private static Trigger triggerOf(CircuitBreaker cb, Case c) {
        return cb.config().triggers().stream().filter(t -> t.name().equals(c.trigger())).findFirst().orElseThrow();
    }

    private static BreakerRefusal.Reason refusal(Restriction r, String venue, String symbol, boolean increases) {
        return r.check(venue, symbol, increases).map(BreakerRefusal::reason).orElse(null);
    }

    private static void restrictsNothing(Restriction r) {
        assertTrue(r.unrestricted(), "watch only: " + r);
    }

    private static Duration hours(long h) {
        return Duration.ofHours(h);
    }
}
