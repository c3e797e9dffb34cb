package dev.osprey.core.venue;

import dev.osprey.core.order.Rejection;

/** The venue refused a cancel (e.g. the order is unknown or already finished); the order itself is unchanged. */
public record CancelRejected(String clientOrderId, Rejection rejection, long timeMs) implements AccountEvent {
}
