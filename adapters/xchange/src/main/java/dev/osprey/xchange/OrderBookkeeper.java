package dev.osprey.xchange;

import dev.osprey.core.order.Fill;
import dev.osprey.core.order.OrderRequest;
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
import org.knowm.xchange.currency.CurrencyPair;

/**
 * Turns what polls find into account events exactly once each: accepted once, each trade once, the end
 * (canceled, expired, rejected) once and only after every fill the venue counted. Venue thread only.
 */
final class OrderBookkeeper {
    /** Finished orders are kept this long (by count) so late reports still find them. */
    private static final int KEEP = 10_000;

    private final String venue;
    private final Map<String, KnownOrder> byClientId = new LinkedHashMap<>();

    OrderBookkeeper(String venue) {
        this.venue = venue;
    }

    KnownOrder track(OrderRequest r, CurrencyPair pair) {
        KnownOrder o = new KnownOrder(r.clientOrderId(), r.symbol(), pair, r.side(), r.qty());
        byClientId.put(o.clientOrderId, o);
        trim();
        return o;
    }

    /** An order we learn of from the venue first (placed before a restart, or elsewhere). */
    KnownOrder adopt(String clientOrderId, String symbol, OrderReport r) {
        return byClientId.computeIfAbsent(clientOrderId, id -> {
            KnownOrder o = new KnownOrder(id, symbol, r.pair(), r.side(), r.qty());
            o.venueOrderId = r.venueOrderId();
            o.accepted = true;
            o.filled = r.executedQty();
            return o;
        });
    }

    KnownOrder get(String clientOrderId) {
        return byClientId.get(clientOrderId);
    }

    KnownOrder byVenueId(String venueOrderId) {
        for (KnownOrder o : byClientId.values()) {
            if (venueOrderId.equals(o.venueOrderId)) {
                return o;
            }
        }
        return null;
    }

    List<KnownOrder> working() {
        return byClientId.values().stream().filter(KnownOrder::working).toList();
    }

    List<AccountEvent> accepted(KnownOrder o, String venueOrderId, long timeMs) {
        o.venueOrderId = venueOrderId;
        o.outcomeUnknown = false;
        List<AccountEvent> out = new ArrayList<>(1);
        accept(o, timeMs, out);
        return out;
    }

    List<AccountEvent> fill(KnownOrder o, VenueFill f) {
        List<AccountEvent> out = new ArrayList<>(2);
        if (o.finished || !o.tradeIds.add(f.tradeId())) {
            return out;
        }
        accept(o, f.timeMs(), out);
        out.add(new OrderFilled(new Fill(o.clientOrderId, o.venueOrderId, f.tradeId(), o.symbol, o.side, f.price(),
                f.qty(), f.fee(), f.feeAsset() != null ? f.feeAsset() : o.quoteAsset, f.liquidity(), f.timeMs())));
        o.filled = o.filled.add(f.qty());
        if (o.filled.compareTo(o.qty) >= 0) {
            o.finished = true; // the engine derives FILLED from the fills
        }
        return out;
    }

    /**
     * The venue's state of the order. An end is passed on only once our fills add up to what the venue says was
     * executed; until then the next poll fetches the missing fills first.
     */
    List<AccountEvent> report(KnownOrder o, OrderReport r) {
        List<AccountEvent> out = new ArrayList<>(2);
        if (o.finished) {
            return out;
        }
        o.outcomeUnknown = false;
        if (r.status() == OrderReport.Status.REJECTED && !o.accepted) {
            return reject(o, new Rejection(RejectReason.VENUE_REJECTED, venue + ": " + r.reason()), r.timeMs());
        }
        accept(o, r.timeMs(), out);
        if (r.status().working() || o.filled.compareTo(r.executedQty()) < 0) {
            return out;
        }
        o.finished = true;
        String why = r.reason().isEmpty() ? r.status().name().toLowerCase(java.util.Locale.ROOT) : r.reason();
        switch (r.status()) {
            case CANCELED, REJECTED -> out.add(new OrderCanceled(o.clientOrderId, venue + ": " + why, r.timeMs()));
            case EXPIRED -> out.add(new OrderExpired(o.clientOrderId, venue + ": " + why, r.timeMs()));
            default -> { } // FILLED: the fills said it all
        }
        return out;
    }

    List<AccountEvent> reject(KnownOrder o, Rejection rejection, long timeMs) {
        if (o.finished) {
            return List.of();
        }
        o.finished = true;
        o.outcomeUnknown = false;
        return List.of(new OrderRejected(o.clientOrderId, rejection, timeMs));
    }

    private static void accept(KnownOrder o, long timeMs, List<AccountEvent> out) {
        if (!o.accepted) {
            o.accepted = true;
            out.add(new OrderAccepted(o.clientOrderId, o.venueOrderId, timeMs));
        }
    }

    private void trim() {
        var it = byClientId.values().iterator();
        while (byClientId.size() > KEEP && it.hasNext()) {
            if (it.next().finished) {
                it.remove();
            }
        }
    }
}
