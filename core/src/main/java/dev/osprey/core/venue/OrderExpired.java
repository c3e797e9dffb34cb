package dev.osprey.core.venue;

/**
 * The venue ended the order by its own rules (e.g. the unfilled rest of a market order when the book ran out,
 * or an IOC remainder), as Binance reports with status EXPIRED.
 */
public record OrderExpired(String clientOrderId, String reason, long timeMs) implements AccountEvent {
}
