package dev.osprey.core.order;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static dev.osprey.core.order.OrderStatus.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

class OrderStatusTest {

    /** The lifecycle written out independently; every pair not listed must be refused. */
    private static final Map<OrderStatus, Set<OrderStatus>> LEGAL = Map.of(
            SUBMITTED, EnumSet.of(ACCEPTED, PARTIALLY_FILLED, FILLED, PENDING_CANCEL, CANCELED, REJECTED, EXPIRED),
            ACCEPTED, EnumSet.of(TRIGGERED, PARTIALLY_FILLED, FILLED, PENDING_CANCEL, PENDING_REPLACE, CANCELED,
                    EXPIRED),
            TRIGGERED, EnumSet.of(ACCEPTED, PARTIALLY_FILLED, FILLED, PENDING_CANCEL, CANCELED, REJECTED, EXPIRED),
            PARTIALLY_FILLED, EnumSet.of(PARTIALLY_FILLED, FILLED, PENDING_CANCEL, PENDING_REPLACE, CANCELED, EXPIRED),
            PENDING_CANCEL, EnumSet.of(ACCEPTED, PARTIALLY_FILLED, FILLED, CANCELED, EXPIRED, REJECTED),
            PENDING_REPLACE, EnumSet.of(ACCEPTED, PARTIALLY_FILLED, FILLED, CANCELED, EXPIRED, REJECTED),
            FILLED, EnumSet.noneOf(OrderStatus.class),
            CANCELED, EnumSet.noneOf(OrderStatus.class),
            REJECTED, EnumSet.noneOf(OrderStatus.class),
            EXPIRED, EnumSet.noneOf(OrderStatus.class));

    @Test
    void whenEveryPairIsTried_thenOnlyTheLifecycleMovesAreLegal() {
        for (OrderStatus from : OrderStatus.values()) {
            for (OrderStatus to : OrderStatus.values()) {
                assertEquals(LEGAL.get(from).contains(to), from.canBecome(to), from + " -> " + to);
            }
        }
    }

    @Test
    void whenFinished_thenNotWorking() {
        for (OrderStatus s : OrderStatus.values()) {
            assertEquals(!LEGAL.get(s).isEmpty(), s.isWorking(), s.name());
        }
    }
}
