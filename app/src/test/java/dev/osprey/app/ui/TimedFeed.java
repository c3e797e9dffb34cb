package dev.osprey.app.ui;

import dev.osprey.core.engine.Engine;
import dev.osprey.core.market.MarketDataFeed;
import dev.osprey.core.market.MarketDataListener;

/**
 * Wraps a feed and notes the moment each market event enters the engine's queue, in queue order: the engine's
 * listener is called under one lock, so the n-th stamp belongs to the n-th event the engine applies. Other
 * listeners (the paper venue's matcher) are passed through untimed.
 */
final class TimedFeed implements MarketDataFeed {
    private final MarketDataFeed inner;
    private final String shownSymbol;
    private final Object lock = new Object();
    final long[] enteredNs = new long[1 << 20];
    final boolean[] shown = new boolean[1 << 20];
    private int count;

    TimedFeed(MarketDataFeed inner, String shownSymbol) {
        this.inner = inner;
        this.shownSymbol = shownSymbol;
    }

    @Override
    public void subscribe(String symbol, MarketDataListener listener) {
        if (!listener.getClass().getName().startsWith(Engine.class.getName() + "$$Lambda")) {
            inner.subscribe(symbol, listener);
            return;
        }
        boolean onScreen = symbol.equals(shownSymbol);
        inner.subscribe(symbol, event -> {
            synchronized (lock) {
                enteredNs[count] = System.nanoTime();
                shown[count] = onScreen;
                count++;
                listener.onMarketEvent(event);
            }
        });
    }

    int count() {
        synchronized (lock) {
            return count;
        }
    }

    @Override
    public void start() {
        inner.start();
    }

    @Override
    public void close() {
        inner.close();
    }
}
