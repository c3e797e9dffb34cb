package dev.osprey.binance.fake;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;

/** One order inside the fake exchange. Guarded by the exchange's lock. */
final class FakeOrder {
    final String symbol;
    final String clientOrderId;
    final long orderId;
    final String side;
    final String type;
    final String timeInForce;
    final BigDecimal qty;
    final BigDecimal price;
    final long time;
    BigDecimal executed = BigDecimal.ZERO;
    BigDecimal cumQuote = BigDecimal.ZERO;
    String status = "NEW";
    long updateTime;

    FakeOrder(String symbol, String clientOrderId, long orderId, String side, String type, String timeInForce,
              BigDecimal qty, BigDecimal price, long time) {
        this.symbol = symbol;
        this.clientOrderId = clientOrderId;
        this.orderId = orderId;
        this.side = side;
        this.type = type;
        this.timeInForce = timeInForce;
        this.qty = qty;
        this.price = price;
        this.time = time;
        this.updateTime = time;
    }

    boolean open() {
        return status.equals("NEW") || status.equals("PARTIALLY_FILLED");
    }

    BigDecimal remaining() {
        return qty.subtract(executed);
    }

    /** GET /api/v3/order and /openOrders shape, from the documented example. */
    ObjectNode toQuery() {
        ObjectNode o = Payloads.load("order-query.json");
        common(o);
        o.put("time", time);
        o.put("updateTime", updateTime);
        o.put("workingTime", time);
        o.put("isWorking", open());
        return o;
    }

    /** DELETE /api/v3/order shape: our id in origClientOrderId, the cancel's own id in clientOrderId. */
    ObjectNode toCancel(long now) {
        ObjectNode o = Payloads.load("order-cancel.json");
        common(o);
        o.put("origClientOrderId", clientOrderId);
        o.put("clientOrderId", "cancel" + orderId);
        o.put("transactTime", now);
        return o;
    }

    private void common(ObjectNode o) {
        o.put("symbol", symbol);
        o.put("orderId", orderId);
        o.put("clientOrderId", clientOrderId);
        o.put("price", price == null ? "0.00000000" : price.toPlainString());
        o.put("origQty", qty.toPlainString());
        o.put("executedQty", executed.toPlainString());
        o.put("cummulativeQuoteQty", cumQuote.toPlainString());
        o.put("status", status);
        o.put("timeInForce", timeInForce);
        o.put("type", type);
        o.put("side", side);
    }
}
