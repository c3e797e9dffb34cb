package dev.osprey.core.engine;

import dev.osprey.core.market.FeedState;
import dev.osprey.core.market.Level;

import java.util.List;

/** The top of one book for the screen, bids and asks best first, in {@code Scaled} units. */
public record BookView(String symbol, List<Level> bids, List<Level> asks, FeedState feedState, String feedDetail,
                       long lastTradePrice, long lastEventTimeMs) {
    public BookView {
        bids = List.copyOf(bids);
        asks = List.copyOf(asks);
    }
}
