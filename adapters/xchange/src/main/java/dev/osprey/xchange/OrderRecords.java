package dev.osprey.xchange;

import dev.osprey.core.order.Fill;
import dev.osprey.core.order.Order;
import dev.osprey.core.order.OrderRequest;
import dev.osprey.core.order.OrderStatus;
import dev.osprey.core.order.OrderType;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/** A venue's order report (and its fills) as core's {@link Order}, for the start-up state and reconciliation. */
final class OrderRecords {
    private OrderRecords() {
    }

    static Order order(String clientOrderId, String symbol, OrderReport r, List<Fill> fills) {
        OrderType type = r.price() == null || r.price().signum() == 0 ? OrderType.MARKET : OrderType.LIMIT;
        OrderRequest spec = new OrderRequest(clientOrderId, symbol, r.side(), type, r.qty(),
                type == OrderType.LIMIT ? r.price() : null);
        BigDecimal fees = BigDecimal.ZERO;
        BigDecimal cost = BigDecimal.ZERO;
        BigDecimal qty = BigDecimal.ZERO;
        for (Fill f : fills) {
            fees = fees.add(f.fee());
            cost = cost.add(f.notional());
            qty = qty.add(f.qty());
        }
        BigDecimal avg = qty.signum() == 0 ? null : Order.plain(cost.divide(qty, MathContext.DECIMAL64));
        return new Order(spec, r.venueOrderId(), status(r), r.executedQty(), avg, fees, r.reason(), r.timeMs(),
                r.timeMs(), false, null);
    }

    static OrderStatus status(OrderReport r) {
        return switch (r.status()) {
            case OPEN -> r.executedQty().signum() > 0 ? OrderStatus.PARTIALLY_FILLED : OrderStatus.ACCEPTED;
            case FILLED -> OrderStatus.FILLED;
            case CANCELED -> OrderStatus.CANCELED;
            case EXPIRED -> OrderStatus.EXPIRED;
            case REJECTED -> OrderStatus.REJECTED;
        };
    }

    static Fill fill(String clientOrderId, String symbol, OrderReport r, VenueFill f) {
        String feeAsset = f.feeAsset() != null ? f.feeAsset() : r.pair().getCounter().getCurrencyCode();
        return new Fill(clientOrderId, r.venueOrderId(), f.tradeId(), symbol, r.side(), f.price(), f.qty(), f.fee(),
                feeAsset, f.liquidity(), f.timeMs());
    }
}
