package dev.osprey.replay;

import dev.osprey.core.market.BookDelta;
import dev.osprey.core.market.BookSnapshot;
import dev.osprey.core.market.OrderBook;
import dev.osprey.core.market.TradePrint;

/** Maps decoded Binance messages and the synchronised book to core market events. */
final class MarketEvents {
    private MarketEvents() {
    }

    static BookDelta delta(FeedMessage diff) {
        return new BookDelta(diff.symbol, diff.firstUpdateId, diff.lastUpdateId, diff.bids.toLevels(),
                diff.asks.toLevels(), diff.eventTimeMs);
    }

    static TradePrint trade(FeedMessage trade) {
        return new TradePrint(trade.symbol, trade.tradeId, trade.price, trade.qty, trade.buyerIsMaker,
                trade.tradeTimeMs, trade.eventTimeMs);
    }

    static BookSnapshot snapshot(OrderBook book, long eventTimeMs) {
        return new BookSnapshot(book.symbol(), book.lastUpdateId(), book.topBids(book.bidLevels()),
                book.topAsks(book.askLevels()), eventTimeMs);
    }
}
