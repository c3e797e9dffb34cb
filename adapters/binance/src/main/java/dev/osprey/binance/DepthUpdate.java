package dev.osprey.binance;

import dev.osprey.core.market.Level;
import dev.osprey.core.market.LevelList;
import java.util.List;

/**
 * A diff-depth event (U..u) or a REST depth snapshot (U = u = lastUpdateId), levels as {@link
 * dev.osprey.core.market.Scaled} longs in parallel arrays. Immutable once built: the synchroniser may hold it.
 */
final class DepthUpdate {
    final String symbol;
    final boolean snapshot;
    final long firstUpdateId;
    final long lastUpdateId;
    final long eventTimeMs;
    final long[] bidPrices;
    final long[] bidQtys;
    final long[] askPrices;
    final long[] askQtys;

    DepthUpdate(String symbol, boolean snapshot, long firstUpdateId, long lastUpdateId, long eventTimeMs,
                long[] bidPrices, long[] bidQtys, long[] askPrices, long[] askQtys) {
        this.symbol = symbol;
        this.snapshot = snapshot;
        this.firstUpdateId = firstUpdateId;
        this.lastUpdateId = lastUpdateId;
        this.eventTimeMs = eventTimeMs;
        this.bidPrices = bidPrices;
        this.bidQtys = bidQtys;
        this.askPrices = askPrices;
        this.askQtys = askQtys;
    }

    List<Level> bids() {
        return LevelList.copyOf(bidPrices, bidQtys, bidPrices.length);
    }

    List<Level> asks() {
        return LevelList.copyOf(askPrices, askQtys, askPrices.length);
    }

    @Override
    public String toString() {
        return (snapshot ? "snapshot " : "diff ") + symbol + " U=" + firstUpdateId + " u=" + lastUpdateId;
    }
}
