package dev.osprey.core.market;

import java.util.List;

/** A full book: replaces everything a consumer held. Bids best (highest) first, asks best (lowest) first. */
public record BookSnapshot(String symbol, long lastUpdateId, List<Level> bids, List<Level> asks, long eventTimeMs)
        implements MarketEvent {
    public BookSnapshot {
        bids = List.copyOf(bids);
        asks = List.copyOf(asks);
    }
}
