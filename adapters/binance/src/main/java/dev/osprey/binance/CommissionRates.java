package dev.osprey.binance;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;

/**
 * What Binance charges this account on one symbol ({@code GET /api/v3/account/commission}): the standard maker and
 * taker rates (0.001 is 0.1 %) and the discount for paying fees in another asset (BNB). The fee actually charged
 * still comes with each fill; these are what a trader sees before sending.
 */
public record CommissionRates(String symbol, BigDecimal maker, BigDecimal taker, Discount discount) {

    /**
     * Binance's {@code discount} object as given: whether it is on for the account and for this symbol, the asset
     * fees must be paid in, and the {@code discount} figure, which Binance documents as the multiplier on the
     * standard rate when the fee is paid in that asset (0.75: three quarters of it are charged).
     */
    public record Discount(boolean enabledForAccount, boolean enabledForSymbol, String asset, BigDecimal rate) {
        static final Discount NONE = new Discount(false, false, "", BigDecimal.ONE);

        /** True when paying in {@link #asset()} does change the fee on this symbol. */
        public boolean applies() {
            return enabledForAccount && enabledForSymbol;
        }
    }

    /**
     * Reads Binance's answer for {@code asked}. An answer for another symbol, or without a readable, non-negative
     * standard maker and taker rate, fails with what is wrong; a missing discount object means no discount.
     */
    static CommissionRates read(JsonNode json, String asked) {
        String symbol = OrderReports.required(json, "symbol");
        if (!symbol.equals(asked)) {
            throw new IllegalArgumentException("commission answer is for " + symbol + ", not " + asked);
        }
        JsonNode standard = json.path("standardCommission");
        BigDecimal maker = rate(standard, "maker", symbol);
        BigDecimal taker = rate(standard, "taker", symbol);
        JsonNode d = json.get("discount");
        Discount discount = d == null || d.isNull() ? Discount.NONE : new Discount(
                d.path("enabledForAccount").asBoolean(false), d.path("enabledForSymbol").asBoolean(false),
                d.path("discountAsset").asText(""), rate(d, "discount", symbol));
        return new CommissionRates(symbol, maker, taker, discount);
    }

    private static BigDecimal rate(JsonNode parent, String field, String symbol) {
        JsonNode v = parent.get(field);
        String text = v == null || v.isNull() ? null : v.asText();
        String what = "commission answer for " + symbol + ": '" + field + "'";
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException(what + " is missing");
        }
        try {
            BigDecimal rate = new BigDecimal(text);
            if (rate.signum() < 0) {
                throw new IllegalArgumentException(what + " is negative: " + text);
            }
            return rate;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " is not a number: " + text);
        }
    }
}
