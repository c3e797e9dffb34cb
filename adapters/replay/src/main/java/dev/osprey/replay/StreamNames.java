package dev.osprey.replay;

import java.util.Locale;

/**
 * Reads combined-stream names such as {@code btcusdt@depth@100ms}: the symbol before the first '@' and the kind
 * after it. Symbols seen before are handed back as the same String, so steady-state decoding allocates none.
 */
final class StreamNames {
    private static final int MAX_CACHED = 64;

    private final char[][] lowerNames = new char[MAX_CACHED][];
    private final String[] upperNames = new String[MAX_CACHED];
    private int cached;

    /** Sets the message's symbol and kind from the stream name in {@code chars[off, off + len)}. */
    void read(char[] chars, int off, int len, FeedMessage into) throws MalformedMessageException {
        int at = -1;
        for (int i = off; i < off + len; i++) {
            if (chars[i] == '@') {
                at = i;
                break;
            }
        }
        if (at <= off) {
            throw new MalformedMessageException("stream name '" + new String(chars, off, len)
                    + "' is not <symbol>@<stream>");
        }
        into.symbol = symbol(chars, off, at - off);
        into.kind = kind(chars, at + 1, off + len);
    }

    private static MessageKind kind(char[] c, int from, int to) {
        if (matches(c, from, to, "depth") && (to - from == 5 || c[from + 5] == '@')) {
            return MessageKind.DEPTH_DIFF;
        }
        if (to - from == 5 && matches(c, from, to, "trade")) {
            return MessageKind.TRADE;
        }
        if (to - from == 10 && matches(c, from, to, "bookTicker")) {
            return MessageKind.BOOK_TICKER;
        }
        return MessageKind.OTHER;
    }

    private static boolean matches(char[] c, int from, int to, String prefix) {
        if (to - from < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (c[from + i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private String symbol(char[] chars, int off, int len) {
        for (int i = 0; i < cached; i++) {
            char[] known = lowerNames[i];
            if (known.length == len && regionEquals(known, chars, off)) {
                return upperNames[i];
            }
        }
        String upper = new String(chars, off, len).toUpperCase(Locale.ROOT);
        if (cached < MAX_CACHED) {
            lowerNames[cached] = java.util.Arrays.copyOfRange(chars, off, off + len);
            upperNames[cached] = upper;
            cached++;
        }
        return upper;
    }

    private static boolean regionEquals(char[] known, char[] chars, int off) {
        for (int i = 0; i < known.length; i++) {
            if (known[i] != chars[off + i]) {
                return false;
            }
        }
        return true;
    }
}
