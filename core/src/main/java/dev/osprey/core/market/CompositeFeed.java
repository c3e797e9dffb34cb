package dev.osprey.core.market;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** Several feeds behind one: each symbol is served by the feed configured for it. */
public final class CompositeFeed implements MarketDataFeed {
    private final Map<String, MarketDataFeed> bySymbol;

    public CompositeFeed(Map<String, MarketDataFeed> bySymbol) {
        this.bySymbol = new LinkedHashMap<>(bySymbol);
    }

    @Override
    public void subscribe(String symbol, MarketDataListener listener) {
        MarketDataFeed feed = bySymbol.get(symbol);
        if (feed == null) {
            throw new IllegalArgumentException("no feed for " + symbol + "; feeds: " + bySymbol.keySet());
        }
        feed.subscribe(symbol, listener);
    }

    @Override
    public void start() {
        feeds().forEach(MarketDataFeed::start);
    }

    @Override
    public void close() {
        feeds().forEach(MarketDataFeed::close);
    }

    private Set<MarketDataFeed> feeds() {
        return new LinkedHashSet<>(bySymbol.values());
    }
}
