package dev.osprey.core.venue;

/** The venue took the order and gave it its own id. */
public record OrderAccepted(String clientOrderId, String venueOrderId, long timeMs) implements AccountEvent {
}
