package dev.osprey.binance;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * GET /api/v3/exchangeInfo read into rate limits and per-symbol rules. Filters we do not use are skipped; a filter
 * that is missing leaves its defaults (no tick: 1e-8, no notional minimum: 0), so a new or odd symbol still loads.
 */
record ExchangeInfo(List<RateLimit> rateLimits, Map<String, SymbolRules> symbols) {

    record RateLimit(String type, String interval, int intervalNum, int limit) {
    }

    private static final BigDecimal SMALLEST = new BigDecimal("0.00000001");

    static ExchangeInfo parse(JsonNode json) {
        List<RateLimit> limits = new ArrayList<>();
        for (JsonNode l : json.path("rateLimits")) {
            limits.add(new RateLimit(l.path("rateLimitType").asText(), l.path("interval").asText(),
                    l.path("intervalNum").asInt(1), l.path("limit").asInt()));
        }
        Map<String, SymbolRules> symbols = new LinkedHashMap<>();
        for (JsonNode s : json.path("symbols")) {
            SymbolRules r = symbol(s);
            symbols.put(r.symbol(), r);
        }
        return new ExchangeInfo(limits, symbols);
    }

    static SymbolRules symbol(JsonNode s) {
        BigDecimal tick = SMALLEST;
        BigDecimal minPrice = BigDecimal.ZERO;
        BigDecimal maxPrice = BigDecimal.ZERO;
        BigDecimal step = SMALLEST;
        BigDecimal minQty = SMALLEST;
        BigDecimal maxQty = new BigDecimal("9000000000");
        BigDecimal minNotional = BigDecimal.ZERO;
        BigDecimal maxNotional = null;
        int maxOrders = 0;
        SymbolRules.PercentPriceBySide band = null;
        for (JsonNode f : s.path("filters")) {
            switch (f.path("filterType").asText()) {
                case "PRICE_FILTER" -> {
                    tick = positiveOr(f, "tickSize", tick);
                    minPrice = decimal(f, "minPrice", minPrice);
                    maxPrice = decimal(f, "maxPrice", maxPrice);
                }
                case "LOT_SIZE" -> {
                    step = positiveOr(f, "stepSize", step);
                    minQty = positiveOr(f, "minQty", minQty);
                    maxQty = positiveOr(f, "maxQty", maxQty);
                }
                case "NOTIONAL" -> {
                    minNotional = decimal(f, "minNotional", minNotional);
                    maxNotional = decimal(f, "maxNotional", null);
                }
                // The older filter some symbols (and testnet) still carry.
                case "MIN_NOTIONAL" -> minNotional = decimal(f, "minNotional", minNotional);
                case "MAX_NUM_ORDERS" -> maxOrders = f.path("maxNumOrders").asInt(0);
                case "PERCENT_PRICE_BY_SIDE" -> band = new SymbolRules.PercentPriceBySide(
                        decimal(f, "bidMultiplierUp", null), decimal(f, "bidMultiplierDown", null),
                        decimal(f, "askMultiplierUp", null), decimal(f, "askMultiplierDown", null),
                        f.path("avgPriceMins").asInt(0));
                default -> {
                    // ICEBERG_PARTS, MARKET_LOT_SIZE, TRAILING_DELTA, ...: not checked by us, Binance checks them.
                }
            }
        }
        return new SymbolRules(OrderReports.required(s, "symbol"), s.path("status").asText("TRADING"),
                OrderReports.required(s, "baseAsset"), OrderReports.required(s, "quoteAsset"), tick, minPrice,
                maxPrice, step, minQty, maxQty, minNotional, maxNotional, maxOrders, band);
    }

    private static BigDecimal positiveOr(JsonNode f, String field, BigDecimal fallback) {
        BigDecimal v = decimal(f, field, null);
        return v != null && v.signum() > 0 ? v : fallback;
    }

    private static BigDecimal decimal(JsonNode f, String field, BigDecimal fallback) {
        JsonNode v = f.get(field);
        if (v == null || v.isNull() || v.asText().isEmpty()) {
            return fallback;
        }
        return new BigDecimal(v.asText());
    }
}
