package dev.osprey.core.alert;

import dev.osprey.core.order.Fill;
import dev.osprey.core.order.Order;
import dev.osprey.core.order.OrderStatus;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Order filled, order rejected and submit-to-acknowledge latency, from the orders and fills of each snapshot. */
final class OrderAlerts {
    private final long latencyHighMs;
    private final Map<String, OrderStatus> seen = new HashMap<>();
    private String newestFill;

    OrderAlerts(long latencyHighMs) {
        this.latencyHighMs = latencyHighMs;
    }

    void orders(List<Order> orders, Consumer<Alert> out) {
        for (Order o : orders) {
            OrderStatus before = seen.put(o.clientOrderId(), o.status());
            if (before == o.status()) {
                continue;
            }
            if (o.status() == OrderStatus.REJECTED) {
                out.accept(Alert.of(AlertKind.ORDER_REJECTED, o.updatedMs(), o.side() + " " + o.qty().toPlainString()
                        + " " + o.symbol() + " (" + o.clientOrderId() + ") rejected: " + o.reason()));
            } else if (acknowledged(before, o)) {
                long latency = o.updatedMs() - o.createdMs();
                if (latency > latencyHighMs) {
                    out.accept(Alert.of(AlertKind.LATENCY_HIGH, o.updatedMs(), "Order " + o.clientOrderId()
                            + " took " + latency + " ms from submit to acknowledgement (limit " + latencyHighMs
                            + " ms)"));
                }
            }
        }
    }

    /** First sight of the venue's answer to an order we saw submitted; engine-held orders never went out. */
    private static boolean acknowledged(OrderStatus before, Order o) {
        return before == OrderStatus.SUBMITTED && !o.emulated() && o.status() == OrderStatus.ACCEPTED;
    }

    /** {@code fills} newest first, as the snapshot keeps them: alerts for those newer than the last one seen. */
    void fills(List<Fill> fills, Consumer<Alert> out) {
        int fresh = 0;
        while (fresh < fills.size() && !key(fills.get(fresh)).equals(newestFill)) {
            fresh++;
        }
        for (int i = fresh - 1; i >= 0; i--) {
            Fill f = fills.get(i);
            out.accept(Alert.of(AlertKind.ORDER_FILLED, f.timeMs(), f.side() + " " + f.qty().toPlainString() + " "
                    + f.symbol() + " @ " + f.price().toPlainString() + " (" + f.clientOrderId() + ")"));
        }
        if (!fills.isEmpty()) {
            newestFill = key(fills.get(0));
        }
    }

    private static String key(Fill f) {
        return f.clientOrderId() + "/" + f.tradeId();
    }
}
