package dev.osprey.core.engine;

import dev.osprey.core.market.FeedState;
import dev.osprey.core.market.FeedStatus;
import dev.osprey.core.market.MarketEvent;
import dev.osprey.core.market.OrderBook;
import dev.osprey.core.market.Scaled;
import dev.osprey.core.market.TradePrint;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/** The engine's copy of each instrument's book, feed state and last trade: marks and the book on screen. */
final class MarketBooks {
    static final long NO_PRICE = OrderBook.NO_PRICE;

    private static final class Entry {
        final OrderBook book;
        FeedState feed = FeedState.CONNECTING;
        String feedDetail = "";
        long lastTrade = NO_PRICE;
        long lastEventMs;

        Entry(String symbol) {
            book = new OrderBook(symbol);
        }
    }

    private final Map<String, Entry> bySymbol = new LinkedHashMap<>();
    private long lastEventTimeMs;

    MarketBooks(Collection<String> symbols) {
        for (String s : symbols) {
            bySymbol.put(s, new Entry(s));
        }
    }

    void apply(MarketEvent event) {
        Entry e = bySymbol.get(event.symbol());
        if (e == null) {
            return;
        }
        if (event.eventTimeMs() > 0) {
            e.lastEventMs = event.eventTimeMs();
            lastEventTimeMs = Math.max(lastEventTimeMs, event.eventTimeMs());
        }
        if (event instanceof FeedStatus s) {
            e.feed = s.state();
            e.feedDetail = s.detail();
            if (s.state() == FeedState.RESYNCING || s.state() == FeedState.DISCONNECTED) {
                e.book.clear();
            }
        } else if (event instanceof TradePrint t) {
            e.lastTrade = t.price();
        } else {
            e.book.apply(event);
        }
    }

    long lastEventTimeMs() {
        return lastEventTimeMs;
    }

    long bestBid(String symbol) {
        Entry e = bySymbol.get(symbol);
        return e == null ? NO_PRICE : e.book.bestBid();
    }

    long bestAsk(String symbol) {
        Entry e = bySymbol.get(symbol);
        return e == null ? NO_PRICE : e.book.bestAsk();
    }

    /** Last traded price, or null before the first trade. */
    BigDecimal lastTrade(String symbol) {
        Entry e = bySymbol.get(symbol);
        return e == null || e.lastTrade == NO_PRICE ? null : Scaled.toBigDecimal(e.lastTrade);
    }

    /** Mid price, or null while either side is empty. */
    BigDecimal mid(String symbol) {
        long bid = bestBid(symbol);
        long ask = bestAsk(symbol);
        if (bid == NO_PRICE || ask == NO_PRICE) {
            return null;
        }
        return Scaled.toBigDecimal(bid).add(Scaled.toBigDecimal(ask))
                .divide(BigDecimal.valueOf(2), Scaled.SCALE, RoundingMode.HALF_EVEN);
    }

    Map<String, BookView> views(int depth) {
        Map<String, BookView> out = new LinkedHashMap<>();
        for (Map.Entry<String, Entry> me : bySymbol.entrySet()) {
            Entry e = me.getValue();
            out.put(me.getKey(), new BookView(me.getKey(), e.book.topBids(depth), e.book.topAsks(depth), e.feed,
                    e.feedDetail, e.lastTrade, e.lastEventMs));
        }
        return out;
    }
}
