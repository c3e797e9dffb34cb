package dev.osprey.xchange;

import java.io.IOException;
import org.knowm.xchange.coinbasepro.CoinbaseProExchange;
import org.knowm.xchange.coinbasepro.dto.marketdata.CoinbaseProProductBook;
import org.knowm.xchange.coinbasepro.dto.marketdata.CoinbaseProTrade;
import org.knowm.xchange.coinbasepro.service.CoinbaseProMarketDataServiceRaw;
import org.knowm.xchange.currency.CurrencyPair;

/**
 * Coinbase's book and trades through the module's own REST proxy, named by base and quote. The Raw service's
 * {@code getCoinbaseProProductOrderBook} / {@code getCoinbaseProTrades} read {@code CurrencyPair.base} as a field,
 * which xchange-core 5.2.4 made private (IllegalAccessError); these two calls do the same without it.
 */
final class CoinbasePublicCalls extends CoinbaseProMarketDataServiceRaw {

    CoinbasePublicCalls(CoinbaseProExchange exchange) {
        super(exchange, exchange.getResilienceRegistries());
    }

    CoinbaseProProductBook book(CurrencyPair pair, int level) throws IOException {
        return coinbasePro.getProductOrderBook(pair.getBase().getCurrencyCode(), pair.getCounter().getCurrencyCode(),
                Integer.toString(level));
    }

    CoinbaseProTrade[] trades(CurrencyPair pair) throws IOException {
        return coinbasePro.getTrades(pair.getBase().getCurrencyCode(), pair.getCounter().getCurrencyCode());
    }
}
