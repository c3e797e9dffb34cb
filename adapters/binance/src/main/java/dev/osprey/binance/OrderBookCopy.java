package dev.osprey.binance;

import dev.osprey.core.market.Level;
import dev.osprey.core.market.OrderBook;
import java.util.List;

/** The top of a book at one moment, safe to read on any thread. */
public record OrderBookCopy(String symbol, long lastUpdateId, List<Level> bids, List<Level> asks) {

    static OrderBookCopy of(OrderBook book, int depth) {
        return new OrderBookCopy(book.symbol(), book.lastUpdateId(), book.topBids(depth), book.topAsks(depth));
    }

    public boolean isEmpty() {
        return bids.isEmpty() && asks.isEmpty();
    }
}
