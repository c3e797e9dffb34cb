package dev.osprey.xchange;

import dev.osprey.core.instrument.Instrument;
import dev.osprey.core.market.Level;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.knowm.xchange.coinbasepro.dto.marketdata.CoinbaseProProduct;
import org.knowm.xchange.coinbasepro.dto.marketdata.CoinbaseProProductBookEntry;
import org.knowm.xchange.coinbasepro.dto.marketdata.CoinbaseProTrade;
import org.knowm.xchange.currency.CurrencyPair;

/** Coinbase's public data: /products for the rules, the level-2 book and the trades for the feed. */
final class CoinbaseMarket implements MarketSource {
    private static final int AGGREGATED_TOP_50 = 2;

    private final CoinbasePublicCalls raw;

    CoinbaseMarket(CoinbasePublicCalls raw) {
        this.raw = raw;
    }

    @Override
    public List<Instrument> instruments(Map<String, CurrencyPair> symbols) throws IOException {
        CoinbaseProProduct[] products = raw.getCoinbaseProProducts();
        List<Instrument> out = new ArrayList<>(symbols.size());
        for (Map.Entry<String, CurrencyPair> e : symbols.entrySet()) {
            String id = productId(e.getValue());
            CoinbaseProProduct found = null;
            for (CoinbaseProProduct p : products) {
                if (id.equals(p.getId())) {
                    found = p;
                }
            }
            if (found == null) {
                throw new IllegalArgumentException("Coinbase does not list " + id + " (for " + e.getKey() + ")");
            }
            out.add(CoinbaseRules.instrument(e.getKey(), e.getValue(), found));
        }
        return out;
    }

    static String productId(CurrencyPair pair) {
        return pair.getBase().getCurrencyCode() + "-" + pair.getCounter().getCurrencyCode();
    }

    @Override
    public Book book(CurrencyPair pair) throws IOException {
        var b = raw.book(pair, AGGREGATED_TOP_50);
        return new Book(levels(b.getBids()), levels(b.getAsks()));
    }

    private static List<Level> levels(CoinbaseProProductBookEntry[] side) {
        List<Level> out = new ArrayList<>(side == null ? 0 : side.length);
        for (CoinbaseProProductBookEntry e : side == null ? new CoinbaseProProductBookEntry[0] : side) {
            out.add(XChangeMapping.level(e.getPrice(), e.getVolume()));
        }
        return out;
    }

    /** Coinbase's {@code side} is the maker's: a "sell" print means the taker bought. */
    @Override
    public List<TapeTrade> tape(CurrencyPair pair) throws IOException {
        List<TapeTrade> out = new ArrayList<>();
        for (CoinbaseProTrade t : raw.trades(pair)) {
            long ms = t.getTimestamp() == null ? 0 : Instant.parse(t.getTimestamp()).toEpochMilli();
            out.add(new TapeTrade(Long.toString(t.getTradeId()), t.getPrice(), t.getSize(),
                    "buy".equals(t.getSide()), ms));
        }
        return out;
    }
}
