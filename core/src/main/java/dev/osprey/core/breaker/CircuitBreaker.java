package dev.osprey.core.breaker;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The portfolio-risk circuit breaker: one breaker per trigger (per venue for a venue-scoped one), each
 * CLOSED / OPEN / HALF_OPEN, folded into one {@link Restriction}. Single-threaded and pure: the engine thread is its
 * only caller and hands it the time, so it needs no locks and a replay gives the same trips.
 */
public final class CircuitBreaker {
    private static final Logger LOG = LoggerFactory.getLogger(CircuitBreaker.class);

    private final BreakerConfig config;
    private final Map<String, Breaker> breakers = new LinkedHashMap<>();
    private final Clock clock = new Clock();
    private Map<String, BigDecimal> volatility = Map.of();

    public CircuitBreaker(BreakerConfig config) {
        this.config = config;
        for (Trigger t : config.triggers()) {
            if (!t.perVenue()) {
                breakers.put(key(t.name(), ""), new Breaker(t, ""));
            }
        }
    }

    /** Reads every trigger against {@code m}: trips, releases into probes, closes clean probes. */
    public Evaluation evaluate(PortfolioMetrics m) {
        long t = clock.at(m.nowMs());
        List<BreakerEvent> events = new ArrayList<>();
        for (Trigger trigger : config.triggers()) {
            Map<String, Reading> byScope = new LinkedHashMap<>();
            for (Reading r : Readings.of(trigger, m, config.minCorrelationSamples())) {
                byScope.put(r.scope(), r);
                breakers.computeIfAbsent(key(trigger.name(), r.scope()), k -> new Breaker(trigger, r.scope()));
            }
            for (Breaker b : breakers.values()) {
                if (b.trigger() == trigger) {
                    events.addAll(b.step(byScope.get(b.scope()), t, m.nowMs(), config));
                }
            }
        }
        volatility = VolatilityScaling.factors(config.targetVolatility(), m.realisedVolatility());
        return done(events);
    }

    /** A trader pressed stop: trips every MANUAL trigger. Refused (and reported) if one is already open. */
    public Evaluation manualStop(String who, String why, long nowMs) {
        long t = clock.at(nowMs);
        List<BreakerEvent> events = new ArrayList<>();
        for (Breaker b : breakers.values()) {
            if (b.trigger().condition() == Condition.MANUAL) {
                events.add(b.trip(who, why, Set.of(), t, nowMs));
            }
        }
        if (events.isEmpty()) {
            events.add(new BreakerEvent(BreakerEvent.Kind.REFUSED, "manual", "", BreakerState.CLOSED,
                    BreakerState.OPEN, BreakerAction.IMMEDIATE_STOP, who,
                    "no MANUAL trigger is configured (the emergency stop itself still works): " + why, nowMs));
        }
        return done(events);
    }

    /** A trader re-armed after a stop: resets every open breaker that only a trader can release. */
    public Evaluation rearm(String who, String why, long nowMs) {
        clock.at(nowMs);
        List<BreakerEvent> events = new ArrayList<>();
        for (Breaker b : breakers.values()) {
            if (b.trigger().cooldown().release() == Cooldown.Release.BY_TRADER && b.state() != BreakerState.CLOSED) {
                events.add(b.reset(who, why, nowMs));
            }
        }
        return done(events);
    }

    /**
     * A trader overrides one breaker: OPEN or HALF_OPEN to CLOSED at once. Resetting a closed breaker is refused.
     *
     * @param scope the venue for a venue-scoped trigger, else ""
     * @throws IllegalArgumentException when no such breaker exists (a caller bug, not a transition)
     */
    public Evaluation reset(String trigger, String scope, String who, String why, long nowMs) {
        clock.at(nowMs);
        Breaker b = breakers.get(key(trigger, scope));
        if (b == null) {
            throw new IllegalArgumentException("no breaker " + key(trigger, scope) + "; known: " + breakers.keySet());
        }
        return done(List.of(b.reset(who, why, nowMs)));
    }

    /** The engine sent an entry (an order that opens or adds) while probing: counts it against the probes. */
    public Restriction entrySent() {
        breakers.values().forEach(Breaker::entrySent);
        return restriction();
    }

    /** The restriction as of the last call, without evaluating. */
    public Restriction restriction() {
        return Restrictions.of(breakers.values(), config, volatility);
    }

    /** Every breaker: the configured ones, then one per venue for venue-scoped triggers once the venue reports. */
    public List<BreakerStatus> breakers() {
        return breakers.values().stream().map(Breaker::status).toList();
    }

    public BreakerConfig config() {
        return config;
    }

    private Evaluation done(List<BreakerEvent> events) {
        for (BreakerEvent e : events) {
            if (e.kind() == BreakerEvent.Kind.REFUSED) {
                LOG.warn("Circuit breaker refused: {}", e.text());
            } else {
                LOG.info("Circuit breaker {}", e.text());
            }
        }
        return new Evaluation(events, restriction());
    }

    private static String key(String trigger, String scope) {
        return scope.isEmpty() ? trigger : trigger + "@" + scope;
    }

    /** Engine time that never goes back: a looping replay restarts its clock, and cooldowns must keep running. */
    private static final class Clock {
        private boolean started;
        private long lastEngineMs;
        private long t;

        long at(long engineMs) {
            t = started ? t + Math.max(0, engineMs - lastEngineMs) : engineMs;
            started = true;
            lastEngineMs = engineMs;
            return t;
        }
    }
}
