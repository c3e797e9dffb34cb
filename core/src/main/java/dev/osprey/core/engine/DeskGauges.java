package dev.osprey.core.engine;

import dev.osprey.core.order.Order;
import dev.osprey.core.order.OrderStatus;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Measures the desk for the dashboard: order pace, submit-to-ack and market-data latency, heartbeats. Engine thread
 * only, like the state it watches; it reads clocks and never changes trading state.
 */
final class DeskGauges {
    private final LongSupplier wallMs;
    private final LongSupplier nanos;
    private final OrderPace pace = new OrderPace();
    private final LatencyWindow submitToAck = new LatencyWindow();
    private final LatencyWindow marketData = new LatencyWindow();
    private final DailyPnl daily = new DailyPnl();
    private final Map<String, Long> sentNanos = new HashMap<>();
    private final Map<String, Long> venueHeard = new LinkedHashMap<>();
    /** One mutable cell per symbol: market data updates it on every event without boxing. */
    private final Map<String, long[]> feedHeard = new HashMap<>();

    DeskGauges(LongSupplier wallMs, LongSupplier nanos) {
        this.wallMs = wallMs;
        this.nanos = nanos;
    }

    /** An order change (Orders listener): a new SUBMITTED order left for the venue; its ACCEPTED ends the wait. */
    void onOrderChange(Order before, Order after) {
        if (after.status() == OrderStatus.SUBMITTED && (before == null || before.status() != OrderStatus.SUBMITTED)) {
            sentNanos.put(after.clientOrderId(), nanos.getAsLong());
            pace.sent(wallMs.getAsLong());
        } else if (before != null && before.status() == OrderStatus.SUBMITTED) {
            Long sent = sentNanos.remove(after.clientOrderId());
            if (sent != null && after.status() == OrderStatus.ACCEPTED) {
                submitToAck.add(nanos.getAsLong() - sent);
            }
        }
    }

    void venueHeard(String venue) {
        venueHeard.put(venue, wallMs.getAsLong());
    }

    void feedHeard(String symbol) {
        feedHeard.computeIfAbsent(symbol, s -> new long[1])[0] = wallMs.getAsLong();
    }

    void marketDataQueued(long nanosInQueue) {
        marketData.add(nanosInQueue);
    }

    private long heard(String symbol) {
        long[] at = feedHeard.get(symbol);
        return at == null ? 0 : at[0];
    }

    DeskMetrics metrics(long engineMs, BigDecimal totalPnl, Map<String, BookView> books) {
        List<DeskMetrics.Heartbeat> venues = new ArrayList<>();
        venueHeard.forEach((v, at) -> venues.add(new DeskMetrics.Heartbeat(v, at)));
        List<DeskMetrics.FeedHealth> feeds = new ArrayList<>();
        for (BookView b : books.values()) {
            feeds.add(new DeskMetrics.FeedHealth(b.symbol(), b.feedState(), heard(b.symbol())));
        }
        return new DeskMetrics(pace.perMinute(wallMs.getAsLong()), submitToAck.figures(), marketData.figures(),
                daily.update(engineMs, totalPnl), venues, feeds);
    }
}
