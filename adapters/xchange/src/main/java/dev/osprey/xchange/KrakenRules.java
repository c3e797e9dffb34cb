package dev.osprey.xchange;

import dev.osprey.core.instrument.Instrument;
import java.math.BigDecimal;
import org.knowm.xchange.currency.CurrencyPair;
import org.knowm.xchange.kraken.dto.marketdata.KrakenAssetPair;

/**
 * Kraken's AssetPairs entry as our symbol rules: {@code pair_decimals} gives the price tick, {@code lot_decimals}
 * the quantity step, {@code ordermin} the minimum quantity. XChange 5.2.0's DTO has neither {@code tick_size} nor
 * {@code costmin}, so the tick is 10^-pair_decimals (what Kraken enforces for spot pairs) and the minimum value is
 * left to Kraken (0 here).
 */
final class KrakenRules {

    private KrakenRules() {
    }

    static Instrument instrument(String symbol, CurrencyPair pair, KrakenAssetPair p) {
        BigDecimal tick = BigDecimal.ONE.movePointLeft(p.getPairScale());
        BigDecimal step = BigDecimal.ONE.movePointLeft(p.getVolumeLotScale());
        BigDecimal min = p.getOrderMin() != null && p.getOrderMin().signum() > 0 ? p.getOrderMin() : step;
        return new Instrument(symbol, pair.getBase().getCurrencyCode(), pair.getCounter().getCurrencyCode(), tick, step, min,
                XChangeMapping.NO_MAX_QTY, BigDecimal.ZERO);
    }
}
