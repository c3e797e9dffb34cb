package dev.osprey.core.breaker;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.osprey.core.breaker.BreakerEvent.Kind.CLOSED;
import static dev.osprey.core.breaker.BreakerEvent.Kind.HALF_OPENED;
import static dev.osprey.core.breaker.BreakerEvent.Kind.REFUSED;
import static dev.osprey.core.breaker.BreakerEvent.Kind.RESET;
import static dev.osprey.core.breaker.BreakerEvent.Kind.TRIPPED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The mechanics around the default triggers: probes, baselines, trader actions, refusals, the clock. */
class BreakerLifecycleTest {
    private static final long T0 = 1_723_161_600_000L;
    private static final long HOUR = 3_600_000L;
    private final CircuitBreaker cb = new CircuitBreaker(BreakerConfig.defaults());

    @Test
    void whenStillBreachedAsCooldownEnds_thenHalfOpensAndReopensAtOnce() {
        cb.evaluate(slowVenue(T0));

        Evaluation e = cb.evaluate(slowVenue(T0 + HOUR));

        assertEquals(List.of(HALF_OPENED, TRIPPED), Metrics.kinds(e));
        assertEquals(Restriction.NewOrders.NONE, e.restriction().newOrders());
    }

    @Test
    void whenLossStillPastThresholdAtHalfOpen_thenProbeJudgedOnFurtherLoss() {
        cb.evaluate(equity(T0, "9880"));
        Evaluation half = cb.evaluate(equity(T0 + 4 * HOUR, "9880"));

        Evaluation within = cb.evaluate(equity(T0 + 4 * HOUR + 1, "9790"));
        Evaluation beyond = cb.evaluate(equity(T0 + 4 * HOUR + 2, "9780"));

        assertEquals(List.of(HALF_OPENED), Metrics.kinds(half), "1.2 % is the new zero, not a re-trip");
        assertEquals(List.of(), within.events(), "0.9 % further");
        assertEquals(List.of(TRIPPED), Metrics.kinds(beyond), "1 % further");
        assertTrue(beyond.events().get(0).why().contains("beyond 1.2"), beyond.events().get(0).why());
    }

    @Test
    void whenLossClearsByItself_thenBaselineDroppedAndThresholdAppliesAgain() {
        cb.evaluate(equity(T0, "9880"));
        cb.evaluate(equity(T0 + 4 * HOUR, "9880"));
        cb.evaluate(equity(T0 + 5 * HOUR, "9950"));

        Evaluation e = cb.evaluate(equity(T0 + 5 * HOUR + 1, "9900"));

        assertEquals(List.of(TRIPPED), Metrics.kinds(e));
    }

    @Test
    void whenProbeEntriesSpent_thenEntriesRefusedUntilWindowCloses() {
        cb.evaluate(slowVenue(T0));
        cb.evaluate(Metrics.calm().at(T0 + HOUR).build());

        cb.entrySent();
        cb.entrySent();
        Restriction spent = cb.entrySent();
        Evaluation after = cb.evaluate(Metrics.calm().at(T0 + HOUR + 30 * 60_000).build());

        assertEquals(0, spent.probeEntriesLeft());
        assertEquals(BreakerRefusal.Reason.PROBE_SPENT,
                spent.check("binance", "BTCUSDT", true).orElseThrow().reason());
        assertTrue(spent.check("binance", "BTCUSDT", false).isEmpty(), "exits pass");
        assertEquals(List.of(CLOSED), Metrics.kinds(after));
        assertTrue(after.restriction().unrestricted());
    }

    @Test
    void whenTraderPressesStop_thenStoppedUntilRearmed() {
        Evaluation stop = cb.manualStop("alice", "news spike", T0);
        Evaluation month = cb.evaluate(Metrics.calm().at(T0 + 30 * 24 * HOUR).build());
        Evaluation rearm = cb.rearm("alice", "all clear", T0 + 30 * 24 * HOUR + 1);

        BreakerEvent trip = stop.events().get(0);
        assertEquals(List.of(TRIPPED), Metrics.kinds(stop));
        assertEquals(DefaultTriggers.MANUAL_STOP, trip.trigger());
        assertEquals("alice", trip.who());
        assertEquals("news spike", trip.why());
        assertEquals(T0, trip.atMs());
        assertTrue(stop.restriction().stop());
        assertEquals(BreakerRefusal.Reason.STOPPED,
                stop.restriction().check("binance", "BTCUSDT", false).orElseThrow().reason());
        assertEquals(List.of(), month.events(), "no cooldown lifts a stop");
        assertEquals(List.of(RESET), Metrics.kinds(rearm));
        assertTrue(rearm.restriction().unrestricted());
    }

    @Test
    void whenStopPressedTwice_thenSecondRefusedAndReported() {
        cb.manualStop("alice", "first", T0);

        Evaluation second = cb.manualStop("bob", "second", T0 + 1);

        BreakerEvent e = second.events().get(0);
        assertEquals(REFUSED, e.kind());
        assertEquals(BreakerState.OPEN, e.from());
        assertEquals(BreakerState.OPEN, e.to());
        assertEquals("bob", e.who());
        assertTrue(second.restriction().stop(), "still stopped");
    }

    @Test
    void whenResettingClosedBreaker_thenRefusedAndReported() {
        Evaluation e = cb.reset(DefaultTriggers.DAILY_LOSS, "", "alice", "tidy up", T0);

        assertEquals(List.of(REFUSED), Metrics.kinds(e));
        assertEquals(BreakerState.CLOSED, e.events().get(0).from());
        assertTrue(e.events().get(0).why().contains("already CLOSED"), e.events().get(0).why());
    }

    @Test
    void whenTraderOverridesOpenDrawdown_thenClosedAndNotTrippedAgainByTheSameDrawdown() {
        PortfolioMetrics down = Metrics.calm().at(T0).equity("9700").dayStart("9700").build();
        cb.evaluate(down);

        Evaluation reset = cb.reset(DefaultTriggers.DRAWDOWN, "", "alice", "flat, resuming", T0 + 1);
        Evaluation next = cb.evaluate(Metrics.calm().at(T0 + 2).equity("9700").dayStart("9700").build());

        assertEquals(List.of(RESET), Metrics.kinds(reset));
        assertEquals("alice", reset.events().get(0).who());
        assertEquals("flat, resuming", reset.events().get(0).why());
        assertEquals(List.of(), next.events());
        assertTrue(next.restriction().unrestricted());
    }

    @Test
    void whenResettingUnknownBreaker_thenCallerToldWhichExist() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> cb.reset("nope", "", "alice", "x", T0));

        assertTrue(e.getMessage().contains(DefaultTriggers.DAILY_LOSS), e.getMessage());
    }

    @Test
    void whenNoManualTriggerConfigured_thenStopRefusedAndReported() {
        CircuitBreaker none = new CircuitBreaker(BreakerConfig.defaults().withTriggers(DefaultTriggers.watchOnly()));

        Evaluation e = none.manualStop("alice", "drill", T0);

        assertEquals(List.of(REFUSED), Metrics.kinds(e));
        assertTrue(e.events().get(0).why().contains("no MANUAL trigger"));
    }

    @Test
    void whenEngineClockStepsBack_thenCooldownKeepsRunning() {
        cb.evaluate(slowVenue(T0));
        cb.evaluate(Metrics.calm().at(T0 + HOUR - 60_000).build());

        // A looping replay restarts at the capture's first timestamp.
        Evaluation looped = cb.evaluate(Metrics.calm().at(T0 - 10 * 60_000).build());
        Evaluation done = cb.evaluate(Metrics.calm().at(T0 - 9 * 60_000).build());

        assertEquals(List.of(), looped.events());
        assertEquals(List.of(HALF_OPENED), Metrics.kinds(done), "59 + 1 minutes of engine time have passed");
    }

    @Test
    void whenSeveralBreakersOpen_thenStrictestOfEachWins() {
        Evaluation e = cb.evaluate(Metrics.calm().at(T0).equity("9900")
                .venue("binance", 0, 2500, 0, 5_000).build());

        assertEquals(List.of(TRIPPED, TRIPPED), Metrics.kinds(e));
        assertEquals(Restriction.NewOrders.NONE, e.restriction().newOrders());
        assertEquals(Restriction.CancelWorking.ENTRIES, e.restriction().cancelWorking());
        assertEquals(2, e.restriction().reasons().size(), e.restriction().reasons().toString());
    }

    @Test
    void whenAskingForTransitions_thenOnlyTheLifecycleOnesAreLegal() {
        assertTrue(BreakerState.CLOSED.canMoveTo(BreakerState.OPEN));
        assertTrue(!BreakerState.CLOSED.canMoveTo(BreakerState.HALF_OPEN));
        assertTrue(!BreakerState.CLOSED.canMoveTo(BreakerState.CLOSED));
        assertTrue(!BreakerState.OPEN.canMoveTo(BreakerState.OPEN));
        assertTrue(BreakerState.OPEN.canMoveTo(BreakerState.HALF_OPEN));
        assertTrue(BreakerState.HALF_OPEN.canMoveTo(BreakerState.OPEN));
        assertTrue(BreakerState.HALF_OPEN.canMoveTo(BreakerState.CLOSED));
        assertTrue(!BreakerState.HALF_OPEN.canMoveTo(BreakerState.HALF_OPEN));
    }

    private static PortfolioMetrics slowVenue(long ms) {
        return Metrics.calm().at(ms).venue("binance", 0, 2500, 0, 5_000).build();
    }

    private static PortfolioMetrics equity(long ms, String equity) {
        return Metrics.calm().at(ms).equity(equity).build();
    }
}
