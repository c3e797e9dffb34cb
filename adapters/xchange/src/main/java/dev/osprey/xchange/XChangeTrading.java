package dev.osprey.xchange;

import dev.osprey.core.order.OrderRequest;
import dev.osprey.core.order.OrderType;
import dev.osprey.core.order.RejectReason;
import dev.osprey.core.order.Rejection;
import dev.osprey.core.venue.CancelRejected;
import dev.osprey.core.venue.OrderEntry;
import dev.osprey.core.venue.OrderRejected;
import java.io.IOException;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.knowm.xchange.currency.CurrencyPair;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Order entry through a venue's {@link AccountApi}, carrying our client order id as the venue's reference. Calls
 * return at once; the work and its outcome happen on the venue's thread. A send whose outcome is unknown (5xx,
 * timeout) is settled by the poller asking by client order id, never by sending again.
 */
final class XChangeTrading implements OrderEntry {
    private static final Logger LOG = LoggerFactory.getLogger(XChangeTrading.class);
    /** Market and limit (with post-only, and IOC; FOK on Coinbase) go as they are; the engine emulates the rest. */
    static final Set<OrderType> NATIVE = EnumSet.of(OrderType.MARKET, OrderType.LIMIT);

    private final String venue;
    private final KeyedAccount api;
    private final Map<String, CurrencyPair> pairs;
    private final OrderBookkeeper book;
    private final AccountPoller poller;
    private final VenueLoop loop;
    private final Clock clock;

    XChangeTrading(String venue, KeyedAccount api, Map<String, CurrencyPair> pairs, OrderBookkeeper book,
                   AccountPoller poller, VenueLoop loop, Clock clock) {
        this.venue = venue;
        this.api = api;
        this.pairs = Map.copyOf(pairs);
        this.book = book;
        this.poller = poller;
        this.loop = loop;
        this.clock = clock;
    }

    @Override
    public Set<OrderType> nativeTypes() {
        return NATIVE;
    }

    @Override
    public void place(OrderRequest request) {
        loop.execute(() -> placeOnLoop(request));
    }

    private void placeOnLoop(OrderRequest r) {
        long now = clock.millis();
        if (book.get(r.clientOrderId()) != null) {
            loop.publish(List.of(new OrderRejected(r.clientOrderId(),
                    new Rejection(RejectReason.DUPLICATE_CLIENT_ID, r.clientOrderId()), now)));
            return;
        }
        Rejection refused = preflight(r);
        if (refused != null) {
            loop.publish(List.of(new OrderRejected(r.clientOrderId(), refused, now)));
            return;
        }
        KnownOrder o = book.track(r, pairs.get(r.symbol()));
        try {
            String venueOrderId = api.place(r, o.pair);
            loop.publish(book.accepted(o, venueOrderId, clock.millis()));
        } catch (IOException | RuntimeException e) {
            ErrorKind k = VenueErrors.kind(e);
            if (k.outcomeUnknown()) {
                o.outcomeUnknown = true;
                LOG.warn("{} order {} outcome unknown ({}); asking by client order id", venue, o.clientOrderId,
                        e.toString());
                poller.failed("place", e);
                return;
            }
            if (k == ErrorKind.RATE_LIMITED || k == ErrorKind.NOT_SENT || k == ErrorKind.AUTH) {
                poller.failed("place", e);
            }
            loop.publish(book.reject(o, VenueErrors.rejection(venue, e), clock.millis()));
        }
    }

    private Rejection preflight(OrderRequest r) {
        if (!api.present()) {
            return new Rejection(RejectReason.VENUE_REJECTED, "no " + venue + " API key configured");
        }
        if (!pairs.containsKey(r.symbol())) {
            return new Rejection(RejectReason.UNKNOWN_SYMBOL, r.symbol() + " is not mapped to a " + venue + " pair");
        }
        if (!NATIVE.contains(r.type())) {
            return new Rejection(RejectReason.VENUE_REJECTED, r.type() + " orders are not sent to " + venue
                    + " natively");
        }
        return null;
    }

    @Override
    public void cancel(String symbol, String clientOrderId) {
        loop.execute(() -> {
            KnownOrder o = book.get(clientOrderId);
            long now = clock.millis();
            if (o == null || o.finished) {
                loop.publish(List.of(new CancelRejected(clientOrderId, new Rejection(RejectReason.UNKNOWN_ORDER,
                        o == null ? "not an order of this " + venue + " session" : "already finished"), now)));
                return;
            }
            if (o.venueOrderId == null) {
                loop.publish(List.of(new CancelRejected(clientOrderId, new Rejection(RejectReason.UNKNOWN_ORDER,
                        venue + " has not acknowledged the order yet; try again"), now)));
                return;
            }
            try {
                api.cancel(o.venueOrderId);
                poller.settle(api.orders(List.of(o.venueOrderId)));
            } catch (IOException | RuntimeException e) {
                onCancelFailed(o, e);
            }
        });
    }

    /** "Unknown order" may mean it filled or ended a moment ago: ask before telling the engine anything. */
    private void onCancelFailed(KnownOrder o, Exception e) {
        try {
            if (VenueErrors.kind(e) == ErrorKind.UNKNOWN_ORDER) {
                poller.settle(api.orders(List.of(o.venueOrderId)));
                if (o.finished) {
                    return;
                }
            }
        } catch (IOException | RuntimeException q) {
            poller.failed("order query", q);
        }
        if (VenueErrors.kind(e).outcomeUnknown()) {
            poller.failed("cancel", e);
        }
        loop.publish(List.of(new CancelRejected(o.clientOrderId, VenueErrors.rejection(venue, e), clock.millis())));
    }

    @Override
    public CompletableFuture<Integer> cancelAll(String symbol) {
        CompletableFuture<Integer> done = new CompletableFuture<>();
        if (symbol != null && !pairs.containsKey(symbol)) {
            done.completeExceptionally(new IllegalArgumentException(symbol + " is not mapped to a " + venue + " pair"));
            return done;
        }
        if (!api.present()) {
            done.complete(0); // without a key nothing of ours can be working there
            return done;
        }
        loop.execute(() -> {
            try {
                int n = 0;
                for (OrderReport r : api.openOrders()) {
                    if (symbol == null || pairs.get(symbol).equals(r.pair())) {
                        api.cancel(r.venueOrderId());
                        n++;
                    }
                }
                poller.pass();
                done.complete(n);
            } catch (IOException | RuntimeException e) {
                poller.failed("cancel all", e);
                done.completeExceptionally(e);
            }
        });
        return done;
    }
}
