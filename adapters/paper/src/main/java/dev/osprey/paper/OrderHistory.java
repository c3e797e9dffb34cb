package dev.osprey.paper;

import dev.osprey.core.order.Fill;
import dev.osprey.core.order.Order;
import dev.osprey.core.order.OrderRequest;
import dev.osprey.core.order.OrderStatus;
import dev.osprey.core.venue.AccountEvent;
import dev.osprey.core.venue.Balance;
import dev.osprey.core.venue.BalancesChanged;
import dev.osprey.core.venue.OrderAccepted;
import dev.osprey.core.venue.OrderCanceled;
import dev.osprey.core.venue.OrderExpired;
import dev.osprey.core.venue.OrderFilled;
import dev.osprey.core.venue.OrderRejected;
import dev.osprey.core.venue.VenueOrder;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The paper venue's own record of every order that reached it and of its balances, built from what it reported:
 * what a client can query by client order id, as at a real exchange. Paper thread only.
 */
final class OrderHistory {
    private final Map<String, OrderRequest> received = new HashMap<>();
    private final Map<String, Order> orders = new LinkedHashMap<>();
    private final Map<String, List<Fill>> fills = new HashMap<>();
    private final Map<String, Balance> balances = new TreeMap<>();

    /** A request came in; it becomes an order when the venue accepts or rejects it. */
    void received(OrderRequest request) {
        received.put(request.clientOrderId(), request);
    }

    /** The request an accept or reject report is about (taken: it is now an order), else null. */
    OrderRequest takeRequest(AccountEvent event) {
        if (event instanceof OrderAccepted a) {
            return received.remove(a.clientOrderId());
        } else if (event instanceof OrderRejected r) {
            return received.remove(r.clientOrderId());
        }
        return null;
    }

    /** Applies one report; {@code request} is the order's request on its accept or reject, else null. */
    void apply(AccountEvent event, OrderRequest request) {
        if (event instanceof OrderAccepted a && request != null) {
            orders.put(a.clientOrderId(), Order.submitted(request, a.timeMs())
                    .withStatus(OrderStatus.ACCEPTED, "", a.timeMs()).withVenueOrderId(a.venueOrderId()));
        } else if (event instanceof OrderRejected r && request != null) {
            orders.put(r.clientOrderId(), Order.submitted(request, r.timeMs())
                    .withStatus(OrderStatus.REJECTED, r.rejection().text(), r.timeMs()));
        } else if (event instanceof OrderFilled f) {
            orders.computeIfPresent(f.fill().clientOrderId(), (id, o) -> o.withFill(f.fill()));
            fills.computeIfAbsent(f.fill().clientOrderId(), id -> new ArrayList<>()).add(f.fill());
        } else if (event instanceof OrderCanceled c) {
            orders.computeIfPresent(c.clientOrderId(), (id, o) -> o.withStatus(OrderStatus.CANCELED, c.reason(),
                    c.timeMs()));
        } else if (event instanceof OrderExpired x) {
            orders.computeIfPresent(x.clientOrderId(), (id, o) -> o.withStatus(OrderStatus.EXPIRED, x.reason(),
                    x.timeMs()));
        } else if (event instanceof BalancesChanged b) {
            b.balances().forEach(bal -> balances.put(bal.asset(), bal));
        }
    }

    Optional<VenueOrder> find(String clientOrderId) {
        Order o = orders.get(clientOrderId);
        return o == null ? Optional.empty()
                : Optional.of(new VenueOrder(o, fills.getOrDefault(clientOrderId, List.of())));
    }

    /** Orders still working at the venue, with their fills so far. */
    List<VenueOrder> open() {
        List<VenueOrder> out = new ArrayList<>();
        for (Order o : orders.values()) {
            if (o.isWorking()) {
                out.add(new VenueOrder(o, fills.getOrDefault(o.clientOrderId(), List.of())));
            }
        }
        return out;
    }

    /** The balances as last reported. */
    List<Balance> balances() {
        return new ArrayList<>(balances.values());
    }

    List<String> venueOrderIds() {
        List<String> ids = new ArrayList<>();
        orders.values().forEach(o -> ids.add(o.venueOrderId()));
        return ids;
    }

    int size() {
        return orders.size();
    }
}
