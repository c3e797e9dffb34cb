package dev.osprey.replay;

import dev.osprey.core.market.LevelBuffer;
import dev.osprey.core.market.CharsView;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.osprey.core.market.Scaled;
import java.io.IOException;

/**
 * Decodes one capture line, {@code <receive ns> <raw JSON>}, into a reused {@link FeedMessage} with Jackson's
 * streaming parser. Everything is validated before the caller sees the message, so a bad line can be skipped
 * whole and never half-applied to a book.
 */
final class MessageDecoder {
    private static final int EVENT_TIME = 1;
    private static final int FIRST_ID = 1 << 1;
    private static final int LAST_ID = 1 << 2;
    private static final int BIDS = 1 << 3;
    private static final int ASKS = 1 << 4;
    private static final int TRADE_ID = 1 << 5;
    private static final int PRICE = 1 << 6;
    private static final int QTY = 1 << 7;
    private static final int TRADE_TIME = 1 << 8;
    private static final int MAKER = 1 << 9;
    private static final int SNAPSHOT_ID = 1 << 10;
    private static final int DIFF_FIELDS = EVENT_TIME | FIRST_ID | LAST_ID | BIDS | ASKS;
    private static final int TRADE_FIELDS = EVENT_TIME | TRADE_ID | PRICE | QTY | TRADE_TIME | MAKER;
    private static final int SNAPSHOT_FIELDS = SNAPSHOT_ID | BIDS | ASKS;

    private final JsonFactory json = new JsonFactory();
    private final CharsView chars = new CharsView();
    private final StreamNames streams = new StreamNames();
    private int seen;

    void decode(byte[] line, int from, int to, FeedMessage into) throws MalformedMessageException {
        into.clear();
        int space = from;
        while (space < to && line[space] != ' ') {
            space++;
        }
        if (space == to) {
            throw new MalformedMessageException("no space between the receive time and the JSON");
        }
        into.receiveNanos = receiveNanos(line, from, space);
        try (JsonParser p = json.createParser(line, space + 1, to - space - 1)) {
            decodeJson(p, into);
        } catch (JsonProcessingException e) {
            throw new MalformedMessageException("invalid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new MalformedMessageException("unreadable JSON: " + e.getMessage());
        } catch (NumberFormatException | ArithmeticException e) {
            throw new MalformedMessageException("bad number: " + e.getMessage());
        }
    }

    private static long receiveNanos(byte[] line, int from, int to) throws MalformedMessageException {
        if (to - from > 19) {
            throw new MalformedMessageException("receive time has more than 19 digits");
        }
        long value = 0;
        for (int i = from; i < to; i++) {
            int digit = line[i] - '0';
            if (digit < 0 || digit > 9) {
                throw new MalformedMessageException("receive time is not a number");
            }
            value = value * 10 + digit;
        }
        return value;
    }

    private void decodeJson(JsonParser p, FeedMessage m) throws IOException, MalformedMessageException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            throw new MalformedMessageException("JSON is not an object");
        }
        seen = 0;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            switch (field) {
                case "stream" -> {
                    require(value == JsonToken.VALUE_STRING, "stream is not a string");
                    streams.read(p.getTextCharacters(), p.getTextOffset(), p.getTextLength(), m);
                }
                case "data" -> decodeData(p, value, m);
                case "lastUpdateId" -> {
                    m.firstUpdateId = m.lastUpdateId = longValue(p, field);
                    seen |= SNAPSHOT_ID;
                }
                case "bids" -> levels(p, field, m.bids, BIDS);
                case "asks" -> levels(p, field, m.asks, ASKS);
                default -> p.skipChildren();
            }
        }
        if (p.nextToken() != null) {
            throw new MalformedMessageException("content after the JSON object");
        }
        classify(m);
    }

    private void decodeData(JsonParser p, JsonToken start, FeedMessage m) throws IOException,
            MalformedMessageException {
        require(start == JsonToken.START_OBJECT, "data is not an object");
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            switch (field) {
                case "E" -> m.eventTimeMs = flag(EVENT_TIME, longValue(p, field));
                case "U" -> m.firstUpdateId = flag(FIRST_ID, longValue(p, field));
                case "u" -> m.lastUpdateId = flag(LAST_ID, longValue(p, field));
                // A diff's b/a are level arrays; a bookTicker's are single price strings we do not need.
                case "b" -> optionalLevels(p, value, field, m.bids, BIDS);
                case "a" -> optionalLevels(p, value, field, m.asks, ASKS);
                case "t" -> m.tradeId = flag(TRADE_ID, longValue(p, field));
                case "p" -> m.price = flag(PRICE, decimal(p, field));
                case "q" -> m.qty = flag(QTY, decimal(p, field));
                case "T" -> m.tradeTimeMs = flag(TRADE_TIME, longValue(p, field));
                case "m" -> {
                    require(value.isBoolean(), "m is not a boolean");
                    m.buyerIsMaker = value == JsonToken.VALUE_TRUE;
                    seen |= MAKER;
                }
                default -> p.skipChildren();
            }
        }
    }

    private void classify(FeedMessage m) throws MalformedMessageException {
        if (m.kind == null) {
            require((seen & SNAPSHOT_FIELDS) == SNAPSHOT_FIELDS,
                    "neither a stream message nor a depth snapshot with lastUpdateId, bids and asks");
            m.kind = MessageKind.DEPTH_SNAPSHOT;
        } else if (m.kind == MessageKind.DEPTH_DIFF) {
            require((seen & DIFF_FIELDS) == DIFF_FIELDS, "depth diff lacks one of E, U, u, b, a");
            require(m.firstUpdateId <= m.lastUpdateId, "depth diff has U > u");
        } else if (m.kind == MessageKind.TRADE) {
            require((seen & TRADE_FIELDS) == TRADE_FIELDS, "trade lacks one of E, t, p, q, T, m");
        }
    }

    private void optionalLevels(JsonParser p, JsonToken value, String field, LevelBuffer into, int bit)
            throws IOException, MalformedMessageException {
        if (value == JsonToken.START_ARRAY) {
            levels(p, field, into, bit);
        } else {
            p.skipChildren();
        }
    }

    private void levels(JsonParser p, String field, LevelBuffer into, int bit) throws IOException,
            MalformedMessageException {
        require(p.currentToken() == JsonToken.START_ARRAY, field + " is not an array");
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.START_ARRAY) {
            p.nextToken();
            long price = decimal(p, field);
            p.nextToken();
            long qty = decimal(p, field);
            require(price > 0, field + " has a price that is not positive");
            require(qty >= 0, field + " has a negative quantity");
            while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                require(t != null, field + " is cut short");
                p.skipChildren();
            }
            into.add(price, qty);
        }
        require(t == JsonToken.END_ARRAY, field + " holds something other than [price, qty] pairs");
        seen |= bit;
    }

    private long decimal(JsonParser p, String field) throws IOException, MalformedMessageException {
        require(p.currentToken() == JsonToken.VALUE_STRING, field + " holds a non-string decimal");
        int off = p.getTextOffset();
        return Scaled.parse(chars.wrap(p.getTextCharacters()), off, off + p.getTextLength());
    }

    private static long longValue(JsonParser p, String field) throws IOException, MalformedMessageException {
        require(p.currentToken() == JsonToken.VALUE_NUMBER_INT, field + " is not an integer");
        return p.getLongValue();
    }

    private long flag(int bit, long value) {
        seen |= bit;
        return value;
    }

    private static void require(boolean ok, String reason) throws MalformedMessageException {
        if (!ok) {
            throw new MalformedMessageException(reason);
        }
    }
}
