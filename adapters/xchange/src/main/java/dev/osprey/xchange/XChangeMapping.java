package dev.osprey.xchange;

import dev.osprey.core.market.BookSnapshot;
import dev.osprey.core.market.Level;
import dev.osprey.core.market.Scaled;
import dev.osprey.core.market.TradePrint;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The venues' public data to ours, as pure functions: prices and sizes to 8-decimal fixed point. */
final class XChangeMapping {
    /** Neither venue publishes a maximum order size for spot; this only satisfies core's instrument rule. */
    static final BigDecimal NO_MAX_QTY = new BigDecimal("1000000000");

    private XChangeMapping() {
    }

    static Level level(BigDecimal price, BigDecimal qty) {
        return new Level(Scaled.of(price), Scaled.of(qty));
    }

    /**
     * A polled book is a full snapshot as of its receipt; {@code sequence} counts the polls. The receipt time, not
     * the venue's book time (for Kraken the newest level's last change, which can stand still), is the event
     * time, so market time moves forward with every poll as the paper venue's latency model needs.
     */
    static BookSnapshot snapshot(String symbol, long sequence, MarketSource.Book book, long receivedMs) {
        return new BookSnapshot(symbol, sequence, sorted(book.bids(), true), sorted(book.asks(), false), receivedMs);
    }

    private static List<Level> sorted(List<Level> levels, boolean bids) {
        List<Level> out = new ArrayList<>(levels.size());
        for (Level l : levels) {
            if (l.qty() > 0) {
                out.add(l);
            }
        }
        Comparator<Level> byPrice = Comparator.comparingLong(Level::price);
        out.sort(bids ? byPrice.reversed() : byPrice);
        return out;
    }

    /**
     * One print, stamped with its own time and, as the event time, its receipt. An id that is not a number is
     * replaced by the caller's running count; {@code buyerIsMaker} is true when the taker sold.
     */
    static TradePrint trade(String symbol, TapeTrade t, long fallbackId, long receivedMs) {
        long time = t.timeMs() > 0 ? t.timeMs() : receivedMs;
        return new TradePrint(symbol, numericId(t.id(), fallbackId), Scaled.of(t.price()), Scaled.of(t.qty()),
                t.takerSold(), time, receivedMs);
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
