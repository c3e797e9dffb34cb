package dev.osprey.xchange;

import dev.osprey.core.instrument.Instrument;
import java.math.BigDecimal;
import org.knowm.xchange.coinbasepro.dto.marketdata.CoinbaseProProduct;
import org.knowm.xchange.currency.CurrencyPair;

/**
 * A Coinbase product as our symbol rules: {@code quote_increment} is the tick, {@code base_increment} the step,
 * {@code base_min_size} / {@code base_max_size} the bounds (Coinbase dropped them from /products in 2022; then the
 * step is the minimum and there is no maximum), {@code min_market_funds} the minimum order value.
 */
final class CoinbaseRules {
    private CoinbaseRules() {
    }

    static Instrument instrument(String symbol, CurrencyPair pair, CoinbaseProProduct p) {
        if (p.getQuoteIncrement() == null || p.getBaseIncrement() == null) {
            throw new IllegalArgumentException("Coinbase product " + p.getId()
                    + " has no quote_increment / base_increment: its rules cannot be known");
        }
        BigDecimal step = p.getBaseIncrement();
        BigDecimal min = positiveOr(p.getBaseMinSize(), step);
        BigDecimal max = positiveOr(p.getBaseMaxSize(), XChangeMapping.NO_MAX_QTY);
        BigDecimal minValue = p.getMinMarketFunds() == null ? BigDecimal.ZERO : p.getMinMarketFunds();
        return new Instrument(symbol, pair.getBase().getCurrencyCode(), pair.getCounter().getCurrencyCode(),
                p.getQuoteIncrement(), step, min, max, minValue);
    }

    private static BigDecimal positiveOr(BigDecimal v, BigDecimal fallback) {
        return v != null && v.signum() > 0 ? v : fallback;
    }
}
