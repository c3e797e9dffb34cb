package dev.osprey.core.engine;

import dev.osprey.core.gate.OrderGate;
import dev.osprey.core.venue.OrderEntry;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * The emergency stop. In order: the gate closes (one atomic write, before anything else), the engine is told to
 * halt, and every venue gets a cancel-all straight away, not through the engine queue, so a busy engine cannot
 * delay it. Each venue's cancel-all has its own deadline; a hung venue is reported, never waited on past it.
 */
public final class KillSwitch {
    /** What a trader must type to re-arm. */
    public static final String REARM_PHRASE = "REARM";

    /**
     * What the stop did: orders cancelled, venues that missed the deadline or failed, time taken, and how long after
     * the press the gate was closed.
     */
    public record Report(int cancelled, List<String> timedOut, List<String> failed, long elapsedMs,
                         long gateClosedNanos) {
    }

    private final OrderGate gate;
    private final Engine engine;
    private final Map<String, OrderEntry> venues;
    private final Duration deadline;
    private final LongSupplier wallClock;

    public KillSwitch(OrderGate gate, Engine engine, Map<String, OrderEntry> venues, Duration deadline,
                      LongSupplier wallClock) {
        this.gate = gate;
        this.engine = engine;
        this.venues = Map.copyOf(venues);
        this.deadline = deadline;
        this.wallClock = wallClock;
    }

    /** Closes the gate before returning; the future completes when every venue answered or hit the deadline. */
    public CompletableFuture<Report> engage(String who, String why) {
        return engage(who, why, false);
    }

    /**
     * As {@link #engage(String, String)}; with {@code flatten}, once the cancels are answered (so the funds they
     * locked are free) every open position is closed with reduce-only market orders.
     */
    public CompletableFuture<Report> engage(String who, String why, boolean flatten) {
        long start = System.nanoTime();
        gate.halt(who, why, wallClock.getAsLong());
        long gateClosed = System.nanoTime() - start;
        engine.post(new Command.Halt(who, why));
        List<CompletableFuture<Integer>> calls = new ArrayList<>();
        List<String> names = new ArrayList<>(venues.keySet());
        for (String name : names) {
            calls.add(venues.get(name).cancelAll(null)
                    .orTimeout(deadline.toMillis(), TimeUnit.MILLISECONDS));
        }
        return CompletableFuture.allOf(calls.stream()
                        .map(f -> f.handle((v, e) -> v)).toArray(CompletableFuture[]::new))
                .thenApply(ignored -> {
                    if (flatten) {
                        engine.post(new Command.FlattenAll(who, why));
                    }
                    return report(names, calls, start, gateClosed);
                });
    }

    private static Report report(List<String> names, List<CompletableFuture<Integer>> calls, long start,
                                 long gateClosed) {
        int cancelled = 0;
        List<String> timedOut = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        for (int i = 0; i < calls.size(); i++) {
            try {
                cancelled += calls.get(i).join();
            } catch (RuntimeException e) {
                Throwable cause = e.getCause() != null ? e.getCause() : e;
                (cause instanceof java.util.concurrent.TimeoutException ? timedOut : failed).add(names.get(i));
            }
        }
        return new Report(cancelled, timedOut, failed, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start),
                gateClosed);
    }

    /** Re-opens the gate only when {@code typed} is exactly {@link #REARM_PHRASE}; returns whether it did. */
    public boolean rearm(String typed, String who, String why) {
        if (!REARM_PHRASE.equals(typed)) {
            return false;
        }
        gate.rearm(who, why, wallClock.getAsLong());
        engine.post(new Command.Rearm(who, why));
        return true;
    }
}
