package dev.osprey.xchange;

import java.util.Locale;
import org.knowm.xchange.Exchange;
import org.knowm.xchange.coinbasepro.CoinbaseProExchange;
import org.knowm.xchange.kraken.KrakenExchange;

/**
 * The venues whose market data comes through XChange, with what each needs to be asked for a book: Kraken takes a
 * depth count, Coinbase (its Exchange API, XChange's "Coinbase Pro" module) a book level, 2 being the aggregated
 * top 50.
 */
public enum XChangeSource {
    KRAKEN("kraken", KrakenExchange.class, new Object[] {100}),
    COINBASE("coinbase", CoinbaseProExchange.class, new Object[] {2});

    private final String configName;
    private final Class<? extends Exchange> exchange;
    private final Object[] bookArgs;

    XChangeSource(String configName, Class<? extends Exchange> exchange, Object[] bookArgs) {
        this.configName = configName;
        this.exchange = exchange;
        this.bookArgs = bookArgs;
    }

    public String configName() {
        return configName;
    }

    Class<? extends Exchange> exchangeClass() {
        return exchange;
    }

    Object[] bookArgs() {
        return bookArgs.clone();
    }

    /** {@code kraken} or {@code coinbase}; anything else is refused with the names that work. */
    public static XChangeSource of(String name) {
        for (XChangeSource s : values()) {
            if (s.configName.equals(name.toLowerCase(Locale.ROOT))) {
                return s;
            }
        }
        throw new IllegalArgumentException("no XChange market data for '" + name + "' (kraken, coinbase)");
    }
}
