package dev.osprey.binance;

import dev.osprey.core.order.Fill;
import dev.osprey.core.order.OrderRequest;
import dev.osprey.core.order.OrderStatus;
import dev.osprey.core.order.RejectReason;
import dev.osprey.core.order.Rejection;
import dev.osprey.core.venue.AccountEvent;
import dev.osprey.core.venue.OrderAccepted;
import dev.osprey.core.venue.OrderCanceled;
import dev.osprey.core.venue.OrderExpired;
import dev.osprey.core.venue.OrderFilled;
import dev.osprey.core.venue.OrderRejected;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns Binance's reports into account events exactly once each: accepted once, each trade id once, the end
 * (canceled, expired, rejected) once and only after every fill before it. Reports may come in any order and from
 * several sources at once; whatever was already passed on is not passed on again. Venue thread only.
 */
final class OrderTracker {
    /** Finished orders are kept this long (by count) so late duplicates still find them. */
    private static final int KEEP_FINISHED = 10_000;

    private final Map<String, TrackedOrder> orders = new LinkedHashMap<>();

    TrackedOrder track(OrderRequest r) {
        TrackedOrder o = new TrackedOrder(r.clientOrderId(), r.symbol(), r.side(), r.qty());
        orders.put(o.clientOrderId, o);
        trim();
        return o;
    }

    /** An order we learn of from Binance first (placed before a restart, or elsewhere). */
    TrackedOrder adopt(OrderReport r) {
        return orders.computeIfAbsent(r.clientOrderId(), id -> {
            TrackedOrder o = new TrackedOrder(id, r.symbol(), r.side(), r.qty());
            o.venueOrderId = r.venueOrderId();
            return o;
        });
    }

    TrackedOrder get(String clientOrderId) {
        return orders.get(clientOrderId);
    }

    List<TrackedOrder> working() {
        return orders.values().stream().filter(TrackedOrder::working).toList();
    }

    long workingCount(String symbol) {
        return orders.values().stream().filter(o -> o.working() && o.symbol.equals(symbol)).count();
    }

    List<AccountEvent> onReport(TrackedOrder o, OrderReport r) {
        List<AccountEvent> out = new ArrayList<>(2);
        if (o.finished) {
            return out;
        }
        o.outcomeUnknown = false;
        if (r.venueOrderId() != null) {
            o.venueOrderId = r.venueOrderId();
        }
        if (r.status() == OrderStatus.REJECTED && !o.accepted) {
            return reject(o, new Rejection(RejectReason.VENUE_REJECTED,
                    "Binance: " + r.rejectReason()), r.timeMs());
        }
        accept(o, r.timeMs(), out);
        if (r.executedQty().compareTo(o.reportedExecuted) > 0) {
            o.reportedExecuted = r.executedQty();
        }
        if (r.status() == OrderStatus.CANCELED || r.status() == OrderStatus.EXPIRED) {
            o.pendingEnd = r.status();
            o.pendingReason = r.status() == OrderStatus.CANCELED ? "canceled" : "expired by Binance";
            o.pendingTimeMs = r.timeMs();
        }
        endIfComplete(o, out);
        return out;
    }

    List<AccountEvent> onTrade(TrackedOrder o, VenueTrade t) {
        List<AccountEvent> out = new ArrayList<>(2);
        if (o.finished || !o.tradeIds.add(t.tradeId())) {
            return out;
        }
        accept(o, t.timeMs(), out);
        out.add(new OrderFilled(new Fill(o.clientOrderId, o.venueOrderId, t.tradeId(), o.symbol, o.side, t.price(),
                t.qty(), t.fee(), t.feeAsset(), t.liquidity(), t.timeMs())));
        o.filled = o.filled.add(t.qty());
        if (o.filled.compareTo(o.reportedExecuted) > 0) {
            o.reportedExecuted = o.filled;
        }
        if (o.filled.compareTo(o.qty) >= 0) {
            o.finished = true; // the engine derives FILLED from the fills
        }
        endIfComplete(o, out);
        return out;
    }

    List<AccountEvent> reject(TrackedOrder o, Rejection rejection, long timeMs) {
        if (o.finished) {
            return List.of();
        }
        o.finished = true;
        o.outcomeUnknown = false;
        return List.of(new OrderRejected(o.clientOrderId, rejection, timeMs));
    }

    private static void accept(TrackedOrder o, long timeMs, List<AccountEvent> out) {
        if (!o.accepted) {
            o.accepted = true;
            out.add(new OrderAccepted(o.clientOrderId, o.venueOrderId, timeMs));
        }
    }

    private static void endIfComplete(TrackedOrder o, List<AccountEvent> out) {
        if (o.pendingEnd == null || o.missingFills()) {
            return;
        }
        if (!o.finished || o.filled.compareTo(o.qty) < 0) {
            out.add(o.pendingEnd == OrderStatus.CANCELED
                    ? new OrderCanceled(o.clientOrderId, o.pendingReason, o.pendingTimeMs)
                    : new OrderExpired(o.clientOrderId, o.pendingReason, o.pendingTimeMs));
        }
        o.finished = true;
        o.pendingEnd = null;
    }

    private void trim() {
        if (orders.size() <= KEEP_FINISHED) {
            return;
        }
        var it = orders.values().iterator();
        while (orders.size() > KEEP_FINISHED && it.hasNext()) {
            if (it.next().finished) {
                it.remove();
            }
        }
    }
}
