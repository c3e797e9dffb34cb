package dev.osprey.xchange;

/** Coinbase's private answers from the recorded payloads in test resources, with the parts a test varies. */
final class CoinbasePayloads {
    static final String ORDER_ID = "d0c5340b-6d6c-49d9-b567-48c4bfca13d2";

    private CoinbasePayloads() {
    }

    static String order(String status, String filled, String doneReason) {
        boolean done = "done".equals(status);
        return FakeVenueServer.load("coinbase-order.json").strip()
                .replace("{{STATUS}}", status)
                .replace("{{FILLED}}", filled)
                .replace("{{DONE_AT}}", done ? "\"2024-08-09T00:00:03.000Z\"" : "null")
                .replace("{{DONE_REASON}}", doneReason == null ? "null" : "\"" + doneReason + "\"");
    }

    /** The newest {@code n} fills of the recorded list (Coinbase lists newest first). */
    static String fills(int n) {
        String all = FakeVenueServer.load("coinbase-fills.json").strip();
        if (n == 2) {
            return all;
        }
        return n == 0 ? "[]" : "[" + all.substring(all.indexOf("{\"created_at\":\"2024-08-09T00:00:01.500Z\""));
    }

    static String message(String text) {
        return "{\"message\":\"" + text + "\"}";
    }
}
