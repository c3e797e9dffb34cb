package dev.osprey.binance;

import com.fasterxml.jackson.databind.JsonNode;
import dev.osprey.core.order.Liquidity;
import java.math.BigDecimal;

/**
 * Reads Binance's JSON order payloads (the user data stream's, and the answers of {@link BinanceExtras}) into
 * {@link OrderReport} and {@link VenueTrade}. Tolerant: unknown fields are ignored and optional ones may be missing;
 * a field we cannot do without fails with its name. XChange's DTOs are read by {@link XChangeReports}.
 */
final class OrderReports {
    private OrderReports() {
    }

    /**
     * An order answer (POST/DELETE/GET /api/v3/order, an open-orders entry). A cancel answer names our order in
     * {@code origClientOrderId}; its {@code clientOrderId} is the id of the cancel request itself.
     */
    static OrderReport fromRest(JsonNode o) {
        String cid = text(o, "origClientOrderId", null);
        if (cid == null || cid.isEmpty()) {
            cid = required(o, "clientOrderId");
        }
        long time = o.path("updateTime").asLong(o.path("transactTime").asLong(o.path("time").asLong(0)));
        long created = o.path("time").asLong(o.path("workingTime").asLong(time));
        return new OrderReport(required(o, "symbol"), cid, required(o, "orderId"),
                BinanceOrders.side(required(o, "side")), text(o, "type", "LIMIT"), text(o, "timeInForce", null),
                decimal(o, "origQty"), decimal(o, "price"), BinanceOrders.status(required(o, "status")),
                decimal(o, "executedQty"), decimal(o, "cummulativeQuoteQty"), "", created, time);
    }

    /** An executionReport event. On a cancel, {@code c} is the cancel's id and {@code C} names our order. */
    static OrderReport fromExecutionReport(JsonNode e) {
        String original = text(e, "C", "");
        String cid = original.isEmpty() ? required(e, "c") : original;
        long time = e.path("T").asLong(e.path("E").asLong(0));
        return new OrderReport(required(e, "s"), cid, required(e, "i"), BinanceOrders.side(required(e, "S")),
                text(e, "o", "LIMIT"), text(e, "f", null), decimal(e, "q"), decimal(e, "p"),
                BinanceOrders.status(required(e, "X")), decimal(e, "z"), decimal(e, "Z"), text(e, "r", "NONE"),
                e.path("O").asLong(time), time);
    }

    /** The trade an executionReport with x=TRADE carries. */
    static VenueTrade tradeOf(JsonNode e) {
        return new VenueTrade(required(e, "t"), decimal(e, "L"), decimal(e, "l"), decimal(e, "n"),
                text(e, "N", ""), e.path("m").asBoolean() ? Liquidity.MAKER : Liquidity.TAKER,
                e.path("T").asLong(e.path("E").asLong(0)));
    }

    static String required(JsonNode o, String field) {
        JsonNode v = o.get(field);
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException("Binance payload lacks '" + field + "'");
        }
        return v.asText();
    }

    static String text(JsonNode o, String field, String fallback) {
        JsonNode v = o.get(field);
        return v == null || v.isNull() ? fallback : v.asText();
    }

    /** A decimal string (Binance quotes every amount); absent counts as zero. */
    static BigDecimal decimal(JsonNode o, String field) {
        JsonNode v = o.get(field);
        if (v == null || v.isNull() || v.asText().isEmpty()) {
            return BigDecimal.ZERO;
        }
        return new BigDecimal(v.asText());
    }
}
