package dev.osprey.core.venue;

import dev.osprey.core.order.Rejection;

/** The venue refused the order; nothing was placed. */
public record OrderRejected(String clientOrderId, Rejection rejection, long timeMs) implements AccountEvent {
}
