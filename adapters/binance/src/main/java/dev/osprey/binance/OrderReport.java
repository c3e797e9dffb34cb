package dev.osprey.binance;

import dev.osprey.core.order.OrderStatus;
import dev.osprey.core.order.Side;
import java.math.BigDecimal;

/**
 * Where one order stands according to Binance, from whichever source said so: an order or cancel answer, a query,
 * the open-orders list or an executionReport. {@code executedQty} is cumulative.
 */
record OrderReport(String symbol, String clientOrderId, String venueOrderId, Side side, String binanceType,
                   String timeInForce, BigDecimal qty, BigDecimal price, OrderStatus status, BigDecimal executedQty,
                   BigDecimal cumulativeQuote, String rejectReason, long createdMs, long timeMs) {
}
