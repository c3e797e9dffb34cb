package dev.osprey.core.venue;

/**
 * A request to the venue failed for a reason of the venue or the network (server error, timeout, rate limit), not
 * a business refusal of an order. The engine's breaker counts these for the venue's API error rate.
 *
 * @param call what was asked, e.g. "place" or "cancel"
 */
public record ApiCallFailed(String call, String error, long timeMs) implements AccountEvent {
}
