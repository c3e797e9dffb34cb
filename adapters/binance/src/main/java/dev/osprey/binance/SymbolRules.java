package dev.osprey.binance;

import dev.osprey.core.instrument.Instrument;
import java.math.BigDecimal;

/**
 * One symbol's trading rules from exchangeInfo, all of them, including those core's {@link Instrument} does not
 * carry (max orders, percent-price bands). A band or notional cap Binance does not set is null; maxNumOrders 0.
 */
public record SymbolRules(String symbol, String status, String baseAsset, String quoteAsset, BigDecimal tickSize,
                          BigDecimal minPrice, BigDecimal maxPrice, BigDecimal stepSize, BigDecimal minQty,
                          BigDecimal maxQty, BigDecimal minNotional, BigDecimal maxNotional, int maxNumOrders,
                          PercentPriceBySide percentPrice) {

    /** PERCENT_PRICE_BY_SIDE: how far from the average price a bid or an ask may be, as multipliers. */
    public record PercentPriceBySide(BigDecimal bidMultiplierUp, BigDecimal bidMultiplierDown,
                                     BigDecimal askMultiplierUp, BigDecimal askMultiplierDown, int avgPriceMins) {
    }

    public boolean trading() {
        return "TRADING".equals(status);
    }

    public Instrument toInstrument() {
        return new Instrument(symbol, baseAsset, quoteAsset, plain(tickSize), plain(stepSize), plain(minQty),
                plain(maxQty), plain(minNotional));
    }

    /** "9000.00000000" becomes 9000, not 9E+3. */
    private static BigDecimal plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
