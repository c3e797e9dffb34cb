package dev.osprey.binance;

import com.fasterxml.jackson.databind.JsonNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies user data stream events on the venue thread: executionReport to the order tracker, outboundAccountPosition
 * to the balances. Events of orders we did not place here (another program, before a restart) are adopted so
 * their later events still make sense.
 */
final class UserEvents {
    private static final Logger LOG = LoggerFactory.getLogger(UserEvents.class);

    private final OrderTracker tracker;
    private final Reconciler reconciler;
    private final AccountBalances balances;
    private final VenueThread venue;

    UserEvents(OrderTracker tracker, Reconciler reconciler, AccountBalances balances, VenueThread venue) {
        this.tracker = tracker;
        this.reconciler = reconciler;
        this.balances = balances;
        this.venue = venue;
    }

    void apply(JsonNode event) {
        String type = event.path("e").asText("");
        try {
            switch (type) {
                case "executionReport" -> executionReport(event);
                case "outboundAccountPosition" -> balances.changes(AccountBalances.fromAccountPosition(event),
                        event.path("E").asLong()).ifPresent(c -> venue.publish(java.util.List.of(c)));
                default -> LOG.debug("user data event {} not used", type);
            }
        } catch (RuntimeException e) {
            LOG.warn("user data event {} skipped: {}", type, e.getMessage());
        }
    }

    private void executionReport(JsonNode e) {
        OrderReport r = OrderReports.fromExecutionReport(e);
        TrackedOrder o = tracker.get(r.clientOrderId());
        if (o == null) {
            o = tracker.adopt(r);
        }
        if (o.venueOrderId == null) {
            o.venueOrderId = r.venueOrderId(); // the stream can beat the REST answer that carries it
        }
        if ("TRADE".equals(e.path("x").asText())) {
            venue.publish(tracker.onTrade(o, OrderReports.tradeOf(e)));
        }
        reconciler.apply(o, r);
    }
}
