package dev.osprey.binance;

import com.fasterxml.jackson.databind.JsonNode;
import dev.osprey.core.market.Scaled;

/** Reads a REST {@code GET /api/v3/depth} answer: {@code {"lastUpdateId":..,"bids":[[p,q],..],"asks":..}}. */
final class DepthSnapshots {
    private DepthSnapshots() {
    }

    static DepthUpdate parse(String symbol, JsonNode json, long receivedMs) {
        JsonNode id = json.get("lastUpdateId");
        if (id == null || !id.canConvertToLong()) {
            throw new IllegalArgumentException("depth snapshot for " + symbol + " has no lastUpdateId");
        }
        JsonNode bids = json.path("bids");
        JsonNode asks = json.path("asks");
        long[] bp = new long[bids.size()];
        long[] bq = new long[bids.size()];
        long[] ap = new long[asks.size()];
        long[] aq = new long[asks.size()];
        fill(bids, bp, bq);
        fill(asks, ap, aq);
        return new DepthUpdate(symbol, true, id.asLong(), id.asLong(), receivedMs, bp, bq, ap, aq);
    }

    private static void fill(JsonNode levels, long[] prices, long[] qtys) {
        for (int i = 0; i < levels.size(); i++) {
            prices[i] = Scaled.parse(levels.get(i).get(0).asText());
            qtys[i] = Scaled.parse(levels.get(i).get(1).asText());
        }
    }
}
