package dev.osprey.core.engine;

import dev.osprey.core.market.FeedState;

import java.math.BigDecimal;
import java.util.List;

/**
 * The desk's health for the dashboard, measured on the engine thread and published with each snapshot.
 *
 * @param ordersPerMinute orders sent to a venue in the last 60 s of wall time
 * @param submitToAck     wall time from an order leaving the engine to the venue's acknowledgement being applied
 * @param marketData      wall time from a feed handing an event to the engine to the engine applying it
 * @param dailyPnl        net P&amp;L (realised + unrealised - fees) since the start of the UTC day, in engine time
 * @param venues          when each venue was last heard from (wall clock ms, 0: never)
 * @param feeds           each market-data feed's state and when it last delivered (wall clock ms, 0: never)
 */
public record DeskMetrics(int ordersPerMinute, Latency submitToAck, Latency marketData, BigDecimal dailyPnl,
                          List<Heartbeat> venues, List<FeedHealth> feeds) {
    public DeskMetrics {
        venues = List.copyOf(venues);
        feeds = List.copyOf(feeds);
    }

    public static DeskMetrics none() {
        return new DeskMetrics(0, Latency.NONE, Latency.NONE, BigDecimal.ZERO, List.of(), List.of());
    }

    /** p50 and p99 over the most recent samples, and how many were ever taken. */
    public record Latency(long p50Nanos, long p99Nanos, long samples) {
        public static final Latency NONE = new Latency(0, 0, 0);
    }

    public record Heartbeat(String venue, long lastHeardWallMs) {
    }

    public record FeedHealth(String symbol, FeedState state, long lastEventWallMs) {
    }
}
