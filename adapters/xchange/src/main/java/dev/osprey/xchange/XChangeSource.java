package dev.osprey.xchange;

import java.util.Locale;
import org.knowm.xchange.Exchange;
import org.knowm.xchange.coinbasepro.CoinbaseProExchange;
import org.knowm.xchange.coinbasepro.service.CoinbaseProAccountServiceRaw;
import org.knowm.xchange.coinbasepro.service.CoinbaseProTradeServiceRaw;
import org.knowm.xchange.kraken.KrakenExchange;
import org.knowm.xchange.kraken.service.KrakenAccountServiceRaw;
import org.knowm.xchange.kraken.service.KrakenMarketDataServiceRaw;
import org.knowm.xchange.kraken.service.KrakenTradeServiceRaw;

/**
 * The venues reached through XChange, and their parts that the generic API cannot carry: Kraken's book depth and
 * int32 {@code userref}, Coinbase's level-2 book and UUID {@code client_oid}. {@code coinbase} is Coinbase's
 * Exchange API (the former Coinbase Pro), which XChange's coinbasepro module speaks.
 */
public enum XChangeSource {
    KRAKEN("kraken", KrakenExchange.class) {
        @Override
        MarketSource market(Exchange e) {
            return new KrakenMarket((KrakenMarketDataServiceRaw) e.getMarketDataService(), 100);
        }

        @Override
        AccountApi account(Exchange e) {
            return new KrakenAccount((KrakenTradeServiceRaw) e.getTradeService(),
                    (KrakenAccountServiceRaw) e.getAccountService());
        }
    },
    COINBASE("coinbase", CoinbaseProExchange.class) {
        @Override
        MarketSource market(Exchange e) {
            return new CoinbaseMarket(new CoinbasePublicCalls((CoinbaseProExchange) e));
        }

        @Override
        AccountApi account(Exchange e) {
            return new CoinbaseAccount((CoinbaseProTradeServiceRaw) e.getTradeService(),
                    (CoinbaseProAccountServiceRaw) e.getAccountService());
        }
    };

    private final String configName;
    private final Class<? extends Exchange> exchange;

    XChangeSource(String configName, Class<? extends Exchange> exchange) {
        this.configName = configName;
        this.exchange = exchange;
    }

    public String configName() {
        return configName;
    }

    Class<? extends Exchange> exchangeClass() {
        return exchange;
    }

    abstract MarketSource market(Exchange exchange);

    abstract AccountApi account(Exchange exchange);

    /** {@code kraken} or {@code coinbase}; anything else is refused with the names that work. */
    public static XChangeSource of(String name) {
        for (XChangeSource s : values()) {
            if (s.configName.equals(name.toLowerCase(Locale.ROOT))) {
                return s;
            }
        }
        throw new IllegalArgumentException("no XChange venue '" + name + "' (kraken, coinbase)");
    }
}
