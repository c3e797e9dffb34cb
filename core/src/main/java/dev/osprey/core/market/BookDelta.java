package dev.osprey.core.market;

import java.util.List;

/** A diff-depth update already checked for continuity: level sizes to set, zero meaning remove. */
public record BookDelta(String symbol, long firstUpdateId, long lastUpdateId, List<Level> bids, List<Level> asks,
                        long eventTimeMs) implements MarketEvent {
    public BookDelta {
        bids = LevelList.immutable(bids);
        asks = LevelList.immutable(asks);
    }
}
