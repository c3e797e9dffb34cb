package dev.osprey.core.market;

/** Receives market events in order, on the feed's thread: implementations hand them to their owner's queue. */
@FunctionalInterface
public interface MarketDataListener {
    void onMarketEvent(MarketEvent event);
}
