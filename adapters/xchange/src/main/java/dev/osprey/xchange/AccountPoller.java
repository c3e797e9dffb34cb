package dev.osprey.xchange;

import dev.osprey.core.order.RejectReason;
import dev.osprey.core.order.Rejection;
import dev.osprey.core.venue.ApiCallFailed;
import dev.osprey.core.venue.VenueHeartbeat;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The account stream of a venue without private streams: one pass asks for the open orders, then (only for our
 * orders that left the list or traded since) the orders themselves and their fills, and the balances when anything
 * moved (or every {@link #BALANCE_EVERY} passes). A good pass is the venue's heartbeat; a failed call is an
 * {@link ApiCallFailed}, and a "rate limit" answer pauses polling for {@link #RATE_LIMIT_PAUSE_MS}. An order whose
 * send had an unknown outcome is looked up by client order id, never sent again; after {@link #UNKNOWN_LIMIT}
 * passes that do not find it, it is reported never placed. Venue thread only.
 */
final class AccountPoller {
    private static final Logger LOG = LoggerFactory.getLogger(AccountPoller.class);
    static final int BALANCE_EVERY = 10;
    static final int UNKNOWN_LIMIT = 3;
    /** After the venue says "rate limit", no poll for this long: Kraken's counter only decays with time. */
    static final long RATE_LIMIT_PAUSE_MS = 15_000;

    private final String venue;
    private final KeyedAccount api;
    private final OrderBookkeeper book;
    private final BalanceMemory balances;
    private final VenueLoop loop;
    private final Clock clock;
    private final long heartbeatMs;
    private long passes;
    private long pausedUntilMs;

    AccountPoller(String venue, KeyedAccount api, OrderBookkeeper book, BalanceMemory balances, VenueLoop loop,
                  Clock clock, long heartbeatMs) {
        this.venue = venue;
        this.api = api;
        this.book = book;
        this.balances = balances;
        this.loop = loop;
        this.clock = clock;
        this.heartbeatMs = heartbeatMs;
    }

    void pass() {
        if (!api.present() || clock.millis() < pausedUntilMs) {
            return;
        }
        try {
            Map<String, OrderReport> open = new HashMap<>();
            for (OrderReport r : api.openOrders()) {
                open.put(r.venueOrderId(), r);
            }
            loop.publish(List.of(new VenueHeartbeat(heartbeatMs, clock.millis())));
            boolean moved = false;
            List<String> gone = new ArrayList<>();
            for (KnownOrder o : book.working()) {
                if (o.venueOrderId == null) {
                    moved |= o.outcomeUnknown && resolveUnknown(o);
                    continue;
                }
                OrderReport r = open.get(o.venueOrderId);
                if (r == null || r.executedQty().compareTo(o.filled) > 0) {
                    gone.add(o.venueOrderId);
                } else {
                    loop.publish(book.report(o, r));
                }
            }
            if (!gone.isEmpty()) {
                settle(api.orders(gone));
                moved = true;
            }
            if (moved || passes++ % BALANCE_EVERY == 0) {
                balances.changes(api.balances(), clock.millis()).ifPresent(c -> loop.publish(List.of(c)));
            }
        } catch (IOException | RuntimeException e) {
            failed("poll", e);
        }
    }

    /** The venue's records of orders that traded or left the open list: their new fills, then their state. */
    void settle(List<OrderReport> reports) throws IOException {
        for (OrderReport r : reports) {
            KnownOrder o = book.byVenueId(r.venueOrderId());
            if (o == null || o.finished) {
                continue;
            }
            if (r.executedQty().compareTo(o.filled) > 0) {
                for (VenueFill f : api.fills(r)) {
                    loop.publish(book.fill(o, f));
                }
            }
            loop.publish(book.report(o, r));
        }
    }

    private boolean resolveUnknown(KnownOrder o) throws IOException {
        Optional<OrderReport> found = api.byClientId(o.clientOrderId, o.pair);
        if (found.isPresent()) {
            LOG.info("{} order {} found by client order id after an unknown outcome: {}", venue, o.clientOrderId,
                    found.get().venueOrderId());
            loop.publish(book.accepted(o, found.get().venueOrderId(), found.get().timeMs()));
            settle(List.of(found.get()));
            return true;
        }
        if (++o.unanswered >= UNKNOWN_LIMIT) {
            loop.publish(book.reject(o, new Rejection(RejectReason.VENUE_REJECTED, venue + " has no order with this"
                    + " client order id after " + o.unanswered + " queries: it was never placed"), clock.millis()));
            return true;
        }
        return false;
    }

    void failed(String call, Throwable e) {
        LOG.warn("{} {} failed: {}", venue, call, e.toString());
        ErrorKind k = VenueErrors.kind(e);
        if (k == ErrorKind.RATE_LIMITED) {
            pausedUntilMs = clock.millis() + RATE_LIMIT_PAUSE_MS;
        }
        loop.publish(List.of(new ApiCallFailed(call, venue + ": " + k.words() + " (" + e.getMessage() + ")",
                clock.millis())));
    }
}
