package dev.osprey.paper;

import dev.osprey.core.market.MarketDataFeed;
import dev.osprey.core.market.MarketDataListener;
import dev.osprey.core.market.MarketEvent;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** A feed the test drives by hand: {@link #push} delivers on the caller's thread, as a feed thread would. */
final class ScriptedFeed implements MarketDataFeed {
    private final Map<String, List<MarketDataListener>> listeners = new ConcurrentHashMap<>();

    @Override
    public void subscribe(String symbol, MarketDataListener listener) {
        listeners.computeIfAbsent(symbol, s -> new CopyOnWriteArrayList<>()).add(listener);
    }

    void push(MarketEvent event) {
        listeners.getOrDefault(event.symbol(), List.of()).forEach(l -> l.onMarketEvent(event));
    }

    boolean hasSubscriber(String symbol) {
        return !listeners.getOrDefault(symbol, List.of()).isEmpty();
    }

    @Override
    public void start() {
    }

    @Override
    public void close() {
    }
}
