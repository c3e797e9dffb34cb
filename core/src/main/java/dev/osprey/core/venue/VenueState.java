package dev.osprey.core.venue;

import dev.osprey.core.order.Order;

import java.util.List;

/** What a venue says we have, fetched at start-up: open orders and balances. */
public record VenueState(List<Order> openOrders, List<Balance> balances) {
    public VenueState {
        openOrders = List.copyOf(openOrders);
        balances = List.copyOf(balances);
    }
}
