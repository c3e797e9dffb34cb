package dev.osprey.replay;

import dev.osprey.core.market.OrderBook;
import dev.osprey.core.market.Scaled;

/**
 * What a replay ended with, as the {@code replay} command prints it. Prices are {@link Scaled} longs,
 * {@link OrderBook#NO_PRICE} when that side of the book is empty (written as JSON null).
 */
public record ReplaySummary(String symbol, long events, long applied, long dropped, long gaps, long resyncs,
                            long bestBid, long bestAsk, int bidLevels, int askLevels, long trades) {

    static ReplaySummary of(BookSynchronizer synchronizer) {
        SyncStats s = synchronizer.stats();
        OrderBook book = synchronizer.book();
        return new ReplaySummary(synchronizer.symbol(), s.events(), s.applied(), s.dropped(), s.gaps(),
                s.resyncs(), book.bestBid(), book.bestAsk(), book.bidLevels(), book.askLevels(), s.trades());
    }

    /** One line of JSON; prices as Binance writes them, e.g. {@code "61837.63000000"}. */
    public String toJson() {
        StringBuilder json = new StringBuilder(256);
        json.append("{\"symbol\":");
        appendString(json, symbol);
        json.append(",\"events\":").append(events)
                .append(",\"applied\":").append(applied)
                .append(",\"dropped\":").append(dropped)
                .append(",\"gaps\":").append(gaps)
                .append(",\"resyncs\":").append(resyncs)
                .append(",\"bestBid\":");
        appendPrice(json, bestBid);
        json.append(",\"bestAsk\":");
        appendPrice(json, bestAsk);
        json.append(",\"bidLevels\":").append(bidLevels)
                .append(",\"askLevels\":").append(askLevels)
                .append(",\"trades\":").append(trades)
                .append('}');
        return json.toString();
    }

    private static void appendPrice(StringBuilder json, long price) {
        // Scaled.format cannot print NO_PRICE (Long.MIN_VALUE), so an empty side is written as null.
        if (price == OrderBook.NO_PRICE) {
            json.append("null");
            return;
        }
        json.append('"');
        Scaled.appendTo(json, price);
        json.append('"');
    }

    private static void appendString(StringBuilder json, String text) {
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20) {
                json.append(String.format("\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        json.append('"');
    }
}
