package dev.osprey.xchange;

import dev.osprey.core.instrument.Instrument;
import dev.osprey.core.market.Level;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.knowm.xchange.currency.CurrencyPair;

/**
 * A venue's public REST data through its XChange Raw service, already in our terms. Raw services only: the modules'
 * generic adapters are the code that breaks on a newer xchange-core (docs/live-venues.md). Calls block on the
 * network.
 */
interface MarketSource {

    /** Best first on each side: bids high to low, asks low to high. */
    record Book(List<Level> bids, List<Level> asks) {
        public Book {
            bids = List.copyOf(bids);
            asks = List.copyOf(asks);
        }
    }

    /**
     * Loads the venue's pair list and gives each of our symbols its rules (tick, lot step, minimums). A symbol the
     * venue does not list is refused by name. Also primes whatever the Raw services need to name pairs.
     */
    List<Instrument> instruments(Map<String, CurrencyPair> symbols) throws IOException;

    Book book(CurrencyPair pair) throws IOException;

    List<TapeTrade> tape(CurrencyPair pair) throws IOException;
}
