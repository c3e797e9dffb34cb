package dev.osprey.binance;

import dev.osprey.core.market.CharsView;
import dev.osprey.core.market.LevelBuffer;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.osprey.core.market.Scaled;
import dev.osprey.core.market.TradePrint;
import java.io.IOException;

/**
 * Decodes Binance combined-stream messages, {@code {"stream":"btcusdt@depth@100ms","data":{...}}}, with Jackson's
 * streaming parser: prices and sizes go straight from the parser's buffer to {@link Scaled} longs. Fields we do
 * not know are skipped, so Binance adding one breaks nothing; a message missing one we need is refused whole.
 */
final class StreamDecoder {

    /** Where decoded messages go; anything else (subscription replies, book tickers) is dropped. */
    interface Sink {
        void onDepth(DepthUpdate diff);

        void onTrade(TradePrint trade);
    }

    private final JsonFactory json = new JsonFactory();
    private final CharsView chars = new CharsView();
    private final LevelBuffer bids = new LevelBuffer();
    private final LevelBuffer asks = new LevelBuffer();
    /** A connection streams one or a few symbols: the last one read is reused instead of a new String a message. */
    private String lastSymbol;

    /** @throws IllegalArgumentException when the message is not valid JSON or lacks a required field */
    void decode(String message, Sink sink) {
        try (JsonParser p = json.createParser(message)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("stream message is not a JSON object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if ("data".equals(field) && value == JsonToken.START_OBJECT) {
                    data(p, sink);
                } else {
                    p.skipChildren();
                }
            }
        } catch (IOException | NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException("unreadable stream message: " + e.getMessage(), e);
        }
    }

    private void data(JsonParser p, Sink sink) throws IOException {
        boolean depth = false;
        boolean trade = false;
        String symbol = null;
        long eventTime = -1;
        long first = -1;
        long last = -1;
        long tradeId = -1;
        long price = -1;
        long qty = -1;
        long tradeTime = -1;
        Boolean buyerIsMaker = null;
        bids.clear();
        asks.clear();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String f = p.currentName();
            JsonToken v = p.nextToken();
            switch (f) {
                case "e" -> {
                    depth = textIs(p, "depthUpdate");
                    trade = textIs(p, "trade");
                }
                case "s" -> symbol = symbol(p);
                case "E" -> eventTime = p.getLongValue();
                case "U" -> first = p.getLongValue();
                case "u" -> last = p.getLongValue();
                case "b" -> levels(p, v, bids);
                case "a" -> levels(p, v, asks);
                case "t" -> tradeId = p.getLongValue();
                case "p" -> price = decimal(p);
                case "q" -> qty = decimal(p);
                case "T" -> tradeTime = p.getLongValue();
                case "m" -> buyerIsMaker = v == JsonToken.VALUE_TRUE;
                default -> p.skipChildren();
            }
        }
        if (depth) {
            require(symbol != null && first >= 0 && last >= first && eventTime >= 0, "depthUpdate lacks s, E, U or u");
            sink.onDepth(new DepthUpdate(symbol, false, first, last, eventTime, bids.prices(), bids.qtys(),
                    asks.prices(), asks.qtys()));
        } else if (trade) {
            require(symbol != null && tradeId >= 0 && price > 0 && qty >= 0 && buyerIsMaker != null,
                    "trade lacks s, t, p, q or m");
            sink.onTrade(new TradePrint(symbol, tradeId, price, qty, buyerIsMaker, tradeTime, eventTime));
        }
    }

    private void levels(JsonParser p, JsonToken start, LevelBuffer into) throws IOException {
        if (start != JsonToken.START_ARRAY) {
            p.skipChildren(); // a bookTicker's b/a are single prices
            return;
        }
        while (p.nextToken() == JsonToken.START_ARRAY) {
            p.nextToken();
            long price = decimal(p);
            p.nextToken();
            long qty = decimal(p);
            while (p.nextToken() != JsonToken.END_ARRAY) {
                p.skipChildren();
            }
            into.add(price, qty);
        }
    }

    private long decimal(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw new IllegalArgumentException("expected a decimal string, got " + p.currentToken());
        }
        int off = p.getTextOffset();
        return Scaled.parse(chars.wrap(p.getTextCharacters()), off, off + p.getTextLength());
    }

    private String symbol(JsonParser p) throws IOException {
        if (lastSymbol == null || !textIs(p, lastSymbol)) {
            lastSymbol = p.getText();
        }
        return lastSymbol;
    }

    /** Compares the current value's text in the parser's buffer, so reading the event type allocates nothing. */
    private static boolean textIs(JsonParser p, String expected) throws IOException {
        int n = p.getTextLength();
        if (n != expected.length()) {
            return false;
        }
        char[] text = p.getTextCharacters();
        int off = p.getTextOffset();
        for (int i = 0; i < n; i++) {
            if (text[off + i] != expected.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static void require(boolean ok, String why) {
        if (!ok) {
            throw new IllegalArgumentException(why);
        }
    }
}
