package dev.osprey.core.venue;

import dev.osprey.core.order.Fill;
import dev.osprey.core.order.Order;

import java.util.List;

/** A venue's own record of one of our orders, found by client order id: its state and every fill it had. */
public record VenueOrder(Order order, List<Fill> fills) {
    public VenueOrder {
        fills = List.copyOf(fills);
    }
}
