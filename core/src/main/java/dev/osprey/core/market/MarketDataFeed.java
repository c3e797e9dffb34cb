package dev.osprey.core.market;

/** The market-data side of a venue: subscribe to a symbol's book and trades, then start the flow. */
public interface MarketDataFeed extends AutoCloseable {

    /** Registers a listener for one symbol; call before {@link #start()}. */
    void subscribe(String symbol, MarketDataListener listener);

    void start();

    @Override
    void close();
}
