package dev.osprey.core.engine;

import dev.osprey.core.oms.Orders;
import dev.osprey.core.order.Order;
import dev.osprey.core.order.OrderRequest;
import dev.osprey.core.order.OrderStatus;
import dev.osprey.core.order.RejectReason;
import dev.osprey.core.order.Rejection;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Amend. An order the engine holds changes in place. An order at the venue is cancel-replaced: the old one goes to
 * PENDING_REPLACE and is cancelled; only once the venue confirms the cancel does the replacement (new client id, same
 * group) go out, so the two are never working at the same time. If the old one fills first, the amend is dropped.
 */
final class Replacements implements Orders.Listener {
    private final Orders orders;
    private final OrderFlow flow;
    private final Consumer<String> notices;
    private final LongSupplier now;
    private final OrderEntryView venue;
    private final Map<String, OrderRequest> pending = new HashMap<>();

    /** The slice of the venue this needs: sending a cancel. */
    interface OrderEntryView {
        void cancel(String symbol, String clientOrderId);
    }

    private final Consumer<Runnable> afterMessage;

    Replacements(Orders orders, OrderFlow flow, OrderEntryView venue, LongSupplier now, Consumer<String> notices,
                 Consumer<Runnable> afterMessage) {
        this.afterMessage = afterMessage;
        this.orders = orders;
        this.flow = flow;
        this.venue = venue;
        this.now = now;
        this.notices = notices;
    }

    void amend(Command.Amend a) {
        Optional<Order> found = orders.get(a.clientOrderId()).filter(Order::isWorking);
        // Not before the venue has acknowledged it (nothing to cancel-replace yet), nor while it is changing.
        if (found.isEmpty() || found.get().status() == OrderStatus.SUBMITTED
                || found.get().status() == OrderStatus.PENDING_CANCEL
                || found.get().status() == OrderStatus.PENDING_REPLACE || found.get().status() == OrderStatus.TRIGGERED) {
            notices.accept(new Rejection(RejectReason.NOT_AMENDABLE, a.clientOrderId() + " is "
                    + found.map(o -> o.status().name()).orElse("not working")).text());
            return;
        }
        Order o = found.get();
        OrderRequest amended = amendedSpec(o, a);
        Optional<Rejection> bad = flow.check(amended, o.contingency());
        if (bad.isPresent()) {
            notices.accept("Amend of " + o.clientOrderId() + " refused: " + bad.get().text());
            return;
        }
        if (OrderFlow.isHeld(o)) {
            orders.respec(o.clientOrderId(), amended, now.getAsLong());
            return;
        }
        BigDecimal left = amended.qty().subtract(o.filledQty());
        pending.put(o.clientOrderId(), amended.withClientOrderId(a.replacementId()).withQtyAndPrice(left,
                amended.price()));
        orders.transition(o.clientOrderId(), OrderStatus.PENDING_REPLACE, "replacing with " + a.replacementId(),
                now.getAsLong());
        venue.cancel(o.symbol(), o.clientOrderId());
    }

    /** New price goes to the limit price, or to the stop price for market-style conditional orders. */
    private static OrderRequest amendedSpec(Order o, Command.Amend a) {
        OrderRequest s = o.spec();
        BigDecimal qty = a.newQty() != null ? a.newQty() : s.qty();
        if (a.newPrice() == null) {
            return s.withQtyAndPrice(qty, s.price());
        }
        return s.type().needsPrice() ? s.withQtyAndPrice(qty, a.newPrice())
                : s.withQtyAndPrice(qty, s.price()).withStopPrice(a.newPrice());
    }

    @Override
    public void onChange(Order before, Order after) {
        OrderRequest replacement = pending.get(after.clientOrderId());
        if (replacement == null || before == null) {
            return;
        }
        if (after.status() == OrderStatus.PENDING_REPLACE) {
            // Filled a little more while the cancel was on its way: the replacement asks for that much less.
            BigDecimal filled = after.filledQty().subtract(before.filledQty());
            pending.put(after.clientOrderId(), replacement.withQtyAndPrice(replacement.qty().subtract(filled),
                    replacement.price()));
            return;
        }
        pending.remove(after.clientOrderId());
        if (after.status() == OrderStatus.CANCELED) {
            if (replacement.qty().signum() > 0) {
                afterMessage.accept(() -> flow.place(replacement, after.contingency()));
            }
        } else {
            notices.accept("Amend of " + after.clientOrderId() + " dropped: the order is now " + after.status());
        }
    }
}
