package dev.osprey.xchange;

import dev.osprey.core.instrument.Instrument;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.knowm.xchange.Exchange;
import org.knowm.xchange.currency.CurrencyPair;

/** Builds a Kraken or Coinbase {@link XChangeVenue}; nothing touches the network until its start. */
public final class XChangeVenues {
    private XChangeVenues() {
    }

    /**
     * A poll interval each venue's private-call budget allows for one desk: Kraken counts every private call against
     * a counter that decays by 0.33 per second for a starter account (1 per second for Pro), and a pass makes about
     * one call; Coinbase allows 15 private requests per second.
     */
    public static Duration suggestedPollInterval(XChangeSource source) {
        return source == XChangeSource.KRAKEN ? Duration.ofSeconds(3) : Duration.ofSeconds(1);
    }

    /**
     * @param restUrl      null keeps XChange's URL for the venue (a fake on 127.0.0.1 in tests)
     * @param keys         null: market data and rules only, order entry refuses
     * @param pollInterval how often the account (and the feed) is polled; mind Kraken's private-call budget
     * @param instruments  the desk's symbols; each one's base and quote assets name the venue's pair
     */
    public static XChangeVenue create(XChangeSource source, String restUrl, VenueKeys keys, Duration pollInterval,
                                      Collection<Instrument> instruments) {
        if (pollInterval.isNegative() || pollInterval.isZero()) {
            throw new IllegalArgumentException("the poll interval must be > 0, was " + pollInterval);
        }
        Map<String, CurrencyPair> pairs = new LinkedHashMap<>();
        for (Instrument i : instruments) {
            pairs.put(i.symbol(), new CurrencyPair(i.baseAsset(), i.quoteAsset()));
        }
        Exchange exchange = XChangeExchanges.connect(source, restUrl, keys);
        KeyedAccount account = new KeyedAccount(k -> source.account(XChangeExchanges.connect(source, restUrl, k)),
                keys);
        return new XChangeVenue(source, source.market(exchange), account, pairs, pollInterval, Clock.systemUTC());
    }
}
