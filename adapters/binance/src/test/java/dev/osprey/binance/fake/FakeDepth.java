package dev.osprey.binance.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.osprey.core.market.OrderBook;
import dev.osprey.core.market.Scaled;
import java.util.List;

/**
 * The fake's own book, moved along by the diffs the stream has reached, so GET /api/v3/depth answers what Binance
 * would answer at that moment. Until the stream reaches the capture's own snapshot line, that line is the answer;
 * diffs streamed before it are applied on top of it once it is reached, by Binance's rule.
 */
final class FakeDepth {
    private final OrderBook book = new OrderBook("FAKE");
    private final String firstSnapshot;
    private boolean loaded;
    /** Diffs streamed before the capture's snapshot line: the ones after its lastUpdateId still count. */
    private final java.util.List<String> early = new java.util.ArrayList<>();
    private int served;

    FakeDepth(List<String> lines) {
        this.firstSnapshot = lines.stream().filter(l -> CaptureLines.streamOf(l) == null).findFirst().orElse(null);
    }

    synchronized void onSnapshotLine(String json) {
        JsonNode s = Payloads.parse(json);
        book.clear();
        s.path("bids").forEach(l -> book.setLevel(true, Scaled.parse(l.get(0).asText()), Scaled.parse(l.get(1).asText())));
        s.path("asks").forEach(l -> book.setLevel(false, Scaled.parse(l.get(0).asText()), Scaled.parse(l.get(1).asText())));
        book.lastUpdateId(s.path("lastUpdateId").asLong());
        loaded = true;
        early.forEach(this::onDiffLine);
        early.clear();
    }

    synchronized void onDiffLine(String json) {
        if (!loaded) {
            early.add(json);
            return;
        }
        JsonNode d = Payloads.parse(json).path("data");
        if (d.path("u").asLong() <= book.lastUpdateId()) {
            return;
        }
        d.path("b").forEach(l -> book.setLevel(true, Scaled.parse(l.get(0).asText()), Scaled.parse(l.get(1).asText())));
        d.path("a").forEach(l -> book.setLevel(false, Scaled.parse(l.get(0).asText()), Scaled.parse(l.get(1).asText())));
        book.lastUpdateId(d.path("u").asLong());
    }

    synchronized JsonNode snapshot(int limit) {
        served++;
        notifyAll();
        if (!loaded) {
            if (firstSnapshot == null) {
                throw new FakeError(400, -1121, "Invalid symbol.");
            }
            return Payloads.parse(firstSnapshot);
        }
        ObjectNode out = Payloads.JSON.createObjectNode();
        out.put("lastUpdateId", book.lastUpdateId());
        ArrayNode bids = out.putArray("bids");
        for (int i = 0; i < Math.min(limit, book.bidLevels()); i++) {
            bids.addArray().add(Scaled.format(book.bidPrice(i))).add(Scaled.format(book.bidSize(i)));
        }
        ArrayNode asks = out.putArray("asks");
        for (int i = 0; i < Math.min(limit, book.askLevels()); i++) {
            asks.addArray().add(Scaled.format(book.askPrice(i))).add(Scaled.format(book.askSize(i)));
        }
        return out;
    }

    synchronized int served() {
        return served;
    }

    /** Waits (bounded) until a snapshot has been served after the given count. */
    synchronized void awaitServedAfter(int count, long maxMs) throws InterruptedException {
        long end = System.currentTimeMillis() + maxMs;
        while (served <= count && System.currentTimeMillis() < end) {
            wait(Math.max(1, end - System.currentTimeMillis()));
        }
    }

    synchronized long lastUpdateId() {
        return book.lastUpdateId();
    }

    synchronized long bestBid() {
        return book.bestBid();
    }

    synchronized long bestAsk() {
        return book.bestAsk();
    }

    synchronized List<dev.osprey.core.market.Level> topBids(int n) {
        return book.topBids(n);
    }

    synchronized List<dev.osprey.core.market.Level> topAsks(int n) {
        return book.topAsks(n);
    }
}
