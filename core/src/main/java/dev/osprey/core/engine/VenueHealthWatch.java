package dev.osprey.core.engine;

import dev.osprey.core.breaker.PortfolioMetrics.VenueHealth;
import dev.osprey.core.venue.AccountEvent;
import dev.osprey.core.venue.ApiCallFailed;
import dev.osprey.core.venue.BalancesChanged;
import dev.osprey.core.venue.CancelRejected;
import dev.osprey.core.venue.OrderAccepted;
import dev.osprey.core.venue.OrderCanceled;
import dev.osprey.core.venue.OrderExpired;
import dev.osprey.core.venue.OrderFilled;
import dev.osprey.core.venue.OrderRejected;
import dev.osprey.core.venue.VenueHeartbeat;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * What the engine sees of each venue's health, on the engine thread: submit-to-first-answer latency timed with the
 * engine's own clock, the share of calls that failed, and the heartbeat. Latency and errors count over the last
 * {@link #WINDOW_NS}, so a venue that recovers reads clear again. An order still unanswered counts with its age so
 * far: a venue that stops answering reads slow at once, not when it finally answers.
 */
final class VenueHealthWatch {
    static final long WINDOW_NS = TimeUnit.SECONDS.toNanos(60);

    private final Map<String, Long> submittedAt = new HashMap<>();
    private final Map<String, Venue> venues = new TreeMap<>();
    private String venue = "";

    /** The engine sent an order (its own clock, nanoseconds). */
    void submitted(String clientOrderId, long nanos) {
        submittedAt.put(clientOrderId, nanos);
    }

    /** What {@code name} reported, as the engine took it (its own clocks: nanoseconds and wall ms). */
    void onEvent(String name, AccountEvent e, long nanos, long wallMs) {
        venue = name;
        Venue v = venues.computeIfAbsent(name, n -> new Venue());
        if (e instanceof VenueHeartbeat h) {
            v.heartbeatWallMs = wallMs;
            v.heartbeatIntervalMs = h.intervalMs();
        } else if (e instanceof ApiCallFailed) {
            v.answers.add(new long[] {nanos, 1});
        } else if (!(e instanceof BalancesChanged)) {
            v.answers.add(new long[] {nanos, 0});
            Long sent = submittedAt.remove(orderId(e));
            if (sent != null) {
                v.latencies.add(new long[] {nanos, nanos - sent});
            }
        }
    }

    /** Per venue that has reported: error rate and p99 latency over the window, heartbeat age. */
    Map<String, VenueHealth> health(long nanos, long wallMs) {
        long oldestPending = submittedAt.values().stream().mapToLong(s -> nanos - s).max().orElse(0);
        Map<String, VenueHealth> out = new TreeMap<>();
        for (Map.Entry<String, Venue> e : venues.entrySet()) {
            Venue v = e.getValue();
            v.expire(nanos);
            long p99 = Math.max(v.p99Nanos(), e.getKey().equals(venue) ? oldestPending : 0);
            long errors = v.answers.stream().filter(a -> a[1] == 1).count();
            double rate = v.answers.isEmpty() ? 0 : errors / (double) v.answers.size();
            long sinceBeat = v.heartbeatIntervalMs == 0 ? 0 : Math.max(0, wallMs - v.heartbeatWallMs);
            out.put(e.getKey(), new VenueHealth(rate, TimeUnit.NANOSECONDS.toMillis(p99), sinceBeat,
                    v.heartbeatIntervalMs));
        }
        return out;
    }

    /** The venue this engine sends to, as named in its reports ("" before the first one). */
    String venue() {
        return venue;
    }

    private static String orderId(AccountEvent e) {
        if (e instanceof OrderAccepted a) {
            return a.clientOrderId();
        } else if (e instanceof OrderRejected r) {
            return r.clientOrderId();
        } else if (e instanceof OrderFilled f) {
            return f.fill().clientOrderId();
        } else if (e instanceof OrderCanceled c) {
            return c.clientOrderId();
        } else if (e instanceof OrderExpired x) {
            return x.clientOrderId();
        } else if (e instanceof CancelRejected c) {
            return c.clientOrderId();
        }
        return "";
    }

    private static final class Venue {
        /** {at, latency} in nanoseconds, oldest first. */
        final Deque<long[]> latencies = new ArrayDeque<>();
        /** {at, 1 if it failed}, oldest first. */
        final Deque<long[]> answers = new ArrayDeque<>();
        long heartbeatWallMs;
        long heartbeatIntervalMs;

        void expire(long nanos) {
            while (!latencies.isEmpty() && nanos - latencies.peekFirst()[0] > WINDOW_NS) {
                latencies.removeFirst();
            }
            while (!answers.isEmpty() && nanos - answers.peekFirst()[0] > WINDOW_NS) {
                answers.removeFirst();
            }
        }

        long p99Nanos() {
            if (latencies.isEmpty()) {
                return 0;
            }
            long[] sorted = latencies.stream().mapToLong(l -> l[1]).toArray();
            Arrays.sort(sorted);
            return sorted[(int) Math.ceil(sorted.length * 0.99) - 1];
        }
    }
}
