package dev.osprey.replay;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An independent rebuild of the book for cross-checking: regexes instead of Jackson, BigDecimal in TreeMaps
 * instead of OrderBook and Scaled, and Binance's sync rule written out plainly. Slow and simple on purpose.
 */
final class NaiveBook {
    private static final Pattern STREAM = Pattern.compile("\"stream\":\"([a-z0-9]+)@([A-Za-z0-9@]+)\"");
    private static final Pattern FIRST_ID = Pattern.compile("\"U\":(\\d+)");
    private static final Pattern LAST_ID = Pattern.compile("\"u\":(\\d+)");
    private static final Pattern SNAPSHOT_ID = Pattern.compile("\"lastUpdateId\":(\\d+)");
    private static final Pattern LEVEL = Pattern.compile("\\[\"([0-9.]+)\",\"([0-9.]+)\"\\]");

    final TreeMap<BigDecimal, BigDecimal> bids = new TreeMap<>(Comparator.reverseOrder());
    final TreeMap<BigDecimal, BigDecimal> asks = new TreeMap<>();
    private final List<String> heldDiffs = new ArrayList<>();
    private long lastUpdateId = -1;
    private boolean synced;

    /** Rebuilds from capture lines already in order; throws if the stream does not line up. */
    static NaiveBook rebuild(String symbol, List<String> lines) {
        NaiveBook book = new NaiveBook();
        String fileSymbol = null;
        for (String line : lines) {
            String json = line.substring(line.indexOf(' ') + 1);
            Matcher stream = STREAM.matcher(json);
            if (stream.find()) {
                fileSymbol = stream.group(1);
                if (fileSymbol.equalsIgnoreCase(symbol) && stream.group(2).startsWith("depth")) {
                    book.onDiff(json);
                }
            } else if (symbol.equalsIgnoreCase(fileSymbol)) {
                book.onSnapshot(json);
            }
        }
        return book;
    }

    private void onSnapshot(String json) {
        lastUpdateId = number(SNAPSHOT_ID, json);
        int asksAt = json.indexOf("\"asks\"");
        bids.clear();
        asks.clear();
        apply(json.substring(0, asksAt), bids);
        apply(json.substring(asksAt), asks);
        List<String> held = new ArrayList<>(heldDiffs);
        heldDiffs.clear();
        held.forEach(this::onDiff);
    }

    private void onDiff(String json) {
        if (lastUpdateId < 0) {
            heldDiffs.add(json);
            return;
        }
        long first = number(FIRST_ID, json);
        long last = number(LAST_ID, json);
        if (last <= lastUpdateId) {
            return;
        }
        boolean linesUp = synced ? first == lastUpdateId + 1 : first <= lastUpdateId + 1;
        if (!linesUp) {
            throw new IllegalStateException("naive rebuild found a gap at U=" + first);
        }
        int asksAt = json.indexOf("\"a\":[");
        apply(json.substring(0, asksAt), bids);
        apply(json.substring(asksAt), asks);
        lastUpdateId = last;
        synced = true;
    }

    private static void apply(String levels, Map<BigDecimal, BigDecimal> side) {
        Matcher m = LEVEL.matcher(levels);
        while (m.find()) {
            BigDecimal price = new BigDecimal(m.group(1));
            BigDecimal qty = new BigDecimal(m.group(2));
            if (qty.signum() == 0) {
                side.remove(price);
            } else {
                side.put(price, qty);
            }
        }
    }

    private static long number(Pattern pattern, String json) {
        Matcher m = pattern.matcher(json);
        if (!m.find()) {
            throw new IllegalStateException(pattern + " not in " + json);
        }
        return Long.parseLong(m.group(1));
    }

    /** "price qty" of the best n levels, as Binance writes the numbers. */
    static List<String> top(TreeMap<BigDecimal, BigDecimal> side, int n) {
        return side.entrySet().stream().limit(n)
                .map(e -> e.getKey().toPlainString() + " " + e.getValue().toPlainString()).toList();
    }
}
