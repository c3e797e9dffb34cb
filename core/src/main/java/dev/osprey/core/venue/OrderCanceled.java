package dev.osprey.core.venue;

/**
 * The venue removed what was left of the order: on our request, or by itself (e.g. the unfilled rest of a market
 * order when the book ran out), which {@code reason} says.
 */
public record OrderCanceled(String clientOrderId, String reason, long timeMs) implements AccountEvent {
}
