package dev.osprey.core.instrument;

import dev.osprey.core.instrument.OrderRules.Field;
import dev.osprey.core.instrument.OrderRules.Violation;
import dev.osprey.core.order.OrderRequest;
import dev.osprey.core.order.OrderType;
import dev.osprey.core.order.RejectReason;
import dev.osprey.core.order.Rejection;
import dev.osprey.core.order.TimeInForce;

import java.util.ArrayList;
import java.util.List;

/** Whether the parts of a request fit together: trail, time in force, expiry, post-only. No market data needed. */
final class OrderShape {
    private OrderShape() {
    }

    static List<Violation> check(OrderRequest r, long nowMs) {
        List<Violation> out = new ArrayList<>(1);
        OrderType t = r.type();
        if (t == OrderType.TRAILING_STOP && r.trailing() == null) {
            out.add(new Violation(Field.STOP, Rejection.of(RejectReason.TRAILING_REQUIRED)));
        }
        boolean restsAtPrice = t.needsPrice();
        if (!restsAtPrice && r.tif() != TimeInForce.IOC && r.tif() != TimeInForce.GTC && r.tif() != TimeInForce.GTD) {
            out.add(new Violation(Field.ORDER, new Rejection(RejectReason.TIF_NOT_ALLOWED, r.tif() + " with " + t)));
        }
        if (t == OrderType.MARKET && r.tif() != TimeInForce.IOC) {
            out.add(new Violation(Field.ORDER, new Rejection(RejectReason.TIF_NOT_ALLOWED,
                    "a market order is always IOC")));
        }
        if (r.tif() == TimeInForce.GTD && r.expireAtMs() <= nowMs) {
            out.add(new Violation(Field.ORDER, Rejection.of(RejectReason.EXPIRY_REQUIRED)));
        }
        if (r.postOnly() && (t != OrderType.LIMIT || r.tif() == TimeInForce.IOC || r.tif() == TimeInForce.FOK)) {
            out.add(new Violation(Field.ORDER, new Rejection(RejectReason.POST_ONLY_NOT_LIMIT,
                    "post-only needs a resting LIMIT order")));
        }
        return out;
    }
}
