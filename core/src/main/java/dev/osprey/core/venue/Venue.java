package dev.osprey.core.venue;

import dev.osprey.core.market.MarketDataFeed;

/**
 * A venue as it really works: order entry, the account stream, a start-up state fetch and market data. The paper
 * venue and every live venue implement the same four parts, so nothing above this line knows which one it talks to.
 */
public interface Venue extends AutoCloseable {

    String name();

    OrderEntry orderEntry();

    AccountStream accountStream();

    StateFetch stateFetch();

    MarketDataFeed marketData();

    @Override
    void close();
}
