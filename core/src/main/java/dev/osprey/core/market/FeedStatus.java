package dev.osprey.core.market;

/** A change of feed state, with a human-readable detail (e.g. "gap: expected U=12 got U=14"). */
public record FeedStatus(String symbol, FeedState state, String detail, long eventTimeMs) implements MarketEvent {
}
