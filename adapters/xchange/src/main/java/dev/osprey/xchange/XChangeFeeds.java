package dev.osprey.xchange;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/** Builds an {@link XChangeFeed} for a venue's public data (no key needed). */
public final class XChangeFeeds {
    private XChangeFeeds() {
    }

    /** {@code restUrl} null keeps XChange's URL for the venue. Loads the venue's pairs over the network. */
    public static XChangeFeed create(XChangeSource source, String restUrl, Duration pollInterval) {
        MarketSource market = source.market(XChangeExchanges.connect(source, restUrl, null));
        try {
            market.instruments(Map.of());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("could not load the " + source.configName() + " pairs", e);
        }
        return new XChangeFeed(source, market, pollInterval, Clock.systemUTC());
    }
}
