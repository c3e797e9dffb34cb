package dev.osprey.xchange;

import java.time.Clock;
import java.time.Duration;
import org.knowm.xchange.Exchange;
import org.knowm.xchange.ExchangeFactory;
import org.knowm.xchange.ExchangeSpecification;

/**
 * Builds an {@link XChangeFeed} for a venue, configured (not forked): XChange's own exchange class with its default
 * specification, and the REST base URL replaced when one is given (a local fake in tests, a proxy in the field).
 */
public final class XChangeFeeds {
    private XChangeFeeds() {
    }

    /** {@code restUrl} null keeps XChange's URL for the venue. Loads the venue's pairs over the network. */
    public static XChangeFeed create(XChangeSource source, String restUrl, Duration pollInterval) {
        ExchangeSpecification spec = new ExchangeSpecification(source.exchangeClass());
        if (restUrl != null) {
            spec.setSslUri(restUrl);
        }
        Exchange exchange = ExchangeFactory.INSTANCE.createExchange(spec);
        return new XChangeFeed(source, exchange.getMarketDataService(), pollInterval, Clock.systemUTC());
    }
}
