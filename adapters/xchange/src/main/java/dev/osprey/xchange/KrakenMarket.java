package dev.osprey.xchange;

import dev.osprey.core.instrument.Instrument;
import dev.osprey.core.market.Level;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.knowm.xchange.currency.CurrencyPair;
import org.knowm.xchange.kraken.KrakenUtils;
import org.knowm.xchange.kraken.dto.marketdata.KrakenAssetPair;
import org.knowm.xchange.kraken.dto.marketdata.KrakenAssetPairs;
import org.knowm.xchange.kraken.dto.marketdata.KrakenPublicOrder;
import org.knowm.xchange.kraken.dto.marketdata.KrakenPublicTrade;
import org.knowm.xchange.kraken.dto.trade.KrakenType;
import org.knowm.xchange.kraken.service.KrakenMarketDataServiceRaw;

/** Kraken's public data: AssetPairs for the rules, Depth and Trades for the feed. */
final class KrakenMarket implements MarketSource {
    private final KrakenMarketDataServiceRaw raw;
    private final int depth;

    KrakenMarket(KrakenMarketDataServiceRaw raw, int depth) {
        this.raw = raw;
        this.depth = depth;
    }

    /**
     * Also hands Kraken's asset and pair names to {@link KrakenUtils}, which the Raw services use to name pairs
     * (XXBTZUSD): XChange does that in its remote init, which we skip because its metadata adapter is the part
     * that fails on xchange-core 5.2.4.
     */
    @Override
    public List<Instrument> instruments(Map<String, CurrencyPair> symbols) throws IOException {
        KrakenUtils.setKrakenAssets(raw.getKrakenAssets().getAssetPairMap());
        KrakenAssetPairs pairs = raw.getKrakenAssetPairs();
        KrakenUtils.setKrakenAssetPairs(pairs.getAssetPairMap());
        List<Instrument> out = new ArrayList<>(symbols.size());
        for (Map.Entry<String, CurrencyPair> e : symbols.entrySet()) {
            KrakenAssetPair p = pairs.getAssetPairMap().get(krakenName(e.getValue()));
            if (p == null) {
                throw new IllegalArgumentException("Kraken does not list " + e.getValue() + " (for " + e.getKey()
                        + ")");
            }
            out.add(KrakenRules.instrument(e.getKey(), e.getValue(), p));
        }
        return out;
    }

    /** Kraken's own name of the pair, or the pair as written when Kraken's lists do not know it. */
    static String krakenName(CurrencyPair pair) {
        try {
            return KrakenUtils.createKrakenCurrencyPair(pair);
        } catch (RuntimeException unknown) {
            return pair.getBase().getCurrencyCode() + pair.getCounter().getCurrencyCode();
        }
    }

    @Override
    public Book book(CurrencyPair pair) throws IOException {
        var d = raw.getKrakenDepth(pair, depth);
        return new Book(levels(d.getBids()), levels(d.getAsks()));
    }

    private static List<Level> levels(List<KrakenPublicOrder> side) {
        List<Level> out = new ArrayList<>(side.size());
        for (KrakenPublicOrder o : side) {
            out.add(XChangeMapping.level(o.getPrice(), o.getVolume()));
        }
        return out;
    }

    @Override
    public List<TapeTrade> tape(CurrencyPair pair) throws IOException {
        List<TapeTrade> out = new ArrayList<>();
        for (KrakenPublicTrade t : raw.getKrakenTrades(pair).getTrades()) {
            long ms = BigDecimal.valueOf(t.getTime()).movePointRight(3).longValue();
            out.add(new TapeTrade(t.getTradeId(), t.getPrice(), t.getVolume(), t.getType() == KrakenType.SELL, ms));
        }
        return out;
    }
}
