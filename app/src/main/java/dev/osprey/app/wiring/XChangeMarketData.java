package dev.osprey.app.wiring;

import dev.osprey.app.config.OspreyConfig;
import dev.osprey.core.instrument.Instrument;
import dev.osprey.xchange.XChangeFeed;
import dev.osprey.xchange.XChangeFeeds;
import dev.osprey.xchange.XChangeSource;
import org.knowm.xchange.currency.CurrencyPair;

import java.time.Duration;

/**
 * Kraken or Coinbase market data through XChange for every configured instrument (its base and quote assets name
 * the pair), for the paper venue to trade against. Trading on those venues is not wired: see docs/live-venues.md.
 */
final class XChangeMarketData {
    static final Duration POLL_INTERVAL = Duration.ofSeconds(1);

    private XChangeMarketData() {
    }

    /** Contacts the venue (XChange loads its pairs): call it off the FX thread. */
    static XChangeFeed feed(OspreyConfig config) {
        XChangeFeed feed = XChangeFeeds.create(XChangeSource.of(config.venue().kind()), config.venue().restUrl(),
                POLL_INTERVAL);
        for (Instrument i : config.instruments()) {
            feed.map(i.symbol(), new CurrencyPair(i.baseAsset(), i.quoteAsset()));
        }
        return feed;
    }
}
