package dev.osprey.paper;

import dev.osprey.core.order.OrderRequest;
import dev.osprey.core.order.OrderType;
import dev.osprey.core.order.RejectReason;
import dev.osprey.core.order.Rejection;
import dev.osprey.core.order.TimeInForce;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * What the paper venue takes, as Binance spot does without its stop types: MARKET (always IOC) and LIMIT (GTC,
 * IOC or FOK; post-only only while it would rest, like LIMIT_MAKER). Stops, take-profits and trailing stops are
 * held and triggered by the engine; GTD is kept by the engine, which sends GTC. Reduce-only is the engine's to
 * enforce: spot has no such flag, so the venue ignores it.
 */
final class PaperOrderTypes {
    static final Set<OrderType> NATIVE = Collections.unmodifiableSet(EnumSet.of(OrderType.MARKET, OrderType.LIMIT));

    private PaperOrderTypes() {
    }

    /** Why the venue cannot take this order as it is, if it cannot. */
    static Optional<Rejection> refusal(OrderRequest r) {
        if (!NATIVE.contains(r.type())) {
            // No reason fits exactly: the engine never sends these here, so reaching this is a wiring fault.
            return Optional.of(new Rejection(RejectReason.VENUE_REJECTED,
                    "the paper venue takes MARKET and LIMIT orders only, not " + r.type()));
        }
        if (r.tif() == TimeInForce.GTD) {
            return Optional.of(new Rejection(RejectReason.TIF_NOT_ALLOWED, "GTD is kept by the engine"));
        }
        if (r.type() == OrderType.MARKET && r.tif() != TimeInForce.IOC) {
            return Optional.of(new Rejection(RejectReason.TIF_NOT_ALLOWED, "a market order is always IOC"));
        }
        if (r.postOnly() && (r.type() != OrderType.LIMIT || r.tif() != TimeInForce.GTC)) {
            return Optional.of(new Rejection(RejectReason.POST_ONLY_NOT_LIMIT, "post-only needs a GTC limit order"));
        }
        return Optional.empty();
    }
}
