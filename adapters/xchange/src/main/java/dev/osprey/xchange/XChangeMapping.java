package dev.osprey.xchange;

import dev.osprey.core.market.BookSnapshot;
import dev.osprey.core.market.Level;
import dev.osprey.core.market.Scaled;
import dev.osprey.core.market.TradePrint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.knowm.xchange.dto.Order;
import org.knowm.xchange.dto.marketdata.OrderBook;
import org.knowm.xchange.dto.marketdata.Trade;
import org.knowm.xchange.dto.trade.LimitOrder;

/** XChange's market-data DTOs to ours, as pure functions: prices and sizes to 8-decimal fixed point. */
final class XChangeMapping {
    private XChangeMapping() {
    }

    /**
     * A polled book is a full snapshot as of its receipt; {@code sequence} counts the polls. The receipt time, not
     * XChange's book timestamp (for Kraken the newest level's last change, which can stand still), is the event
     * time, so market time moves forward with every poll as the paper venue's latency model needs.
     */
    static BookSnapshot snapshot(String symbol, long sequence, OrderBook book, long receivedMs) {
        return new BookSnapshot(symbol, sequence, levels(book.getBids(), true), levels(book.getAsks(), false),
                receivedMs);
    }

    private static List<Level> levels(List<LimitOrder> orders, boolean bids) {
        List<Level> out = new ArrayList<>(orders.size());
        for (LimitOrder o : orders) {
            long qty = Scaled.of(o.getOriginalAmount());
            if (qty > 0) {
                out.add(new Level(Scaled.of(o.getLimitPrice()), qty));
            }
        }
        Comparator<Level> byPrice = Comparator.comparingLong(Level::price);
        out.sort(bids ? byPrice.reversed() : byPrice);
        return out;
    }

    /**
     * One trade, stamped with its own time and, as the event time, its receipt. An id that is not a number (some
     * venues use strings) is replaced by the caller's running count; {@code buyerIsMaker} is true when the taker
     * sold (XChange's ASK side for the trade).
     */
    static TradePrint trade(String symbol, Trade t, long fallbackId, long receivedMs) {
        long time = t.getTimestamp() != null ? t.getTimestamp().getTime() : receivedMs;
        return new TradePrint(symbol, numericId(t.getId(), fallbackId), Scaled.of(t.getPrice()),
                Scaled.of(t.getOriginalAmount()), t.getType() == Order.OrderType.ASK, time, receivedMs);
    }

    static long numericId(String id, long fallback) {
        if (id == null) {
            return fallback;
        }
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
