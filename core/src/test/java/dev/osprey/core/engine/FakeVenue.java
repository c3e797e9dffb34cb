package dev.osprey.core.engine;

import dev.osprey.core.market.MarketDataFeed;
import dev.osprey.core.market.MarketDataListener;
import dev.osprey.core.market.MarketEvent;
import dev.osprey.core.venue.AccountStream;
import dev.osprey.core.venue.OrderEntry;
import dev.osprey.core.venue.StateFetch;
import dev.osprey.core.venue.Venue;
import dev.osprey.core.venue.VenueState;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A venue whose market data the test pushes, with an empty account, around a test's order entry. */
final class FakeVenue implements Venue, MarketDataFeed {
    private final OrderEntry entry;
    private final List<MarketDataListener> listeners = new CopyOnWriteArrayList<>();

    FakeVenue(OrderEntry entry) {
        this.entry = entry;
    }

    @Override
    public String name() {
        return "fake";
    }

    @Override
    public OrderEntry orderEntry() {
        return entry;
    }

    @Override
    public AccountStream accountStream() {
        return listener -> { };
    }

    @Override
    public StateFetch stateFetch() {
        return () -> new VenueState(List.of(), List.of());
    }

    @Override
    public MarketDataFeed marketData() {
        return this;
    }

    @Override
    public void subscribe(String symbol, MarketDataListener listener) {
        listeners.add(listener);
    }

    /** Delivers an event as the venue's feed thread would. */
    void publish(MarketEvent event) {
        listeners.forEach(l -> l.onMarketEvent(event));
    }

    @Override
    public void start() {
    }

    @Override
    public void close() {
    }
}
