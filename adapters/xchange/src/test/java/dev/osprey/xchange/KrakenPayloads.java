package dev.osprey.xchange;

/** Kraken's private answers from the recorded payloads in test resources, with the parts a test varies. */
public final class KrakenPayloads {
    public static final String TXID = "OQCLML-BW3P3-BUCMWZ";

    private KrakenPayloads() {
    }

    /** One order object; {@code trades} are the resource names of its fills (kraken-trade-1, ...). */
    public static String order(String clientOrderId, String status, String volExec, String reason, String... trades) {
        StringBuilder ids = new StringBuilder();
        for (String t : trades) {
            String body = FakeVenueServer.load(t + ".json");
            ids.append(ids.length() == 0 ? "" : ",").append(body, 0, body.indexOf(':'));
        }
        return FakeVenueServer.load("kraken-order.json").strip()
                .replace("{{USERREF}}", Integer.toString(ClientRefs.krakenUserref(clientOrderId)))
                .replace("{{STATUS}}", status)
                .replace("{{VOL_EXEC}}", volExec)
                .replace("{{REASON}}", reason == null ? "null" : "\"" + reason + "\"")
                .replace("{{CLOSETM}}", "open".equals(status) ? "0" : "1723161603.5")
                .replace("{{TRADES}}", ids);
    }

    public static String open(String... orders) {
        return "{\"error\":[],\"result\":{\"open\":{" + byTxid(orders) + "}}}";
    }

    public static String closed(String... orders) {
        return "{\"error\":[],\"result\":{\"closed\":{" + byTxid(orders) + "},\"count\":" + orders.length + "}}";
    }

    public static String queried(String... orders) {
        return "{\"error\":[],\"result\":{" + byTxid(orders) + "}}";
    }

    public static String trades(String... names) {
        StringBuilder b = new StringBuilder();
        for (String n : names) {
            b.append(b.length() == 0 ? "" : ",").append(FakeVenueServer.load(n + ".json").strip());
        }
        return "{\"error\":[],\"result\":{" + b + "}}";
    }

    public static String error(String message) {
        return "{\"error\":[\"" + message + "\"]}";
    }

    private static String byTxid(String... orders) {
        StringBuilder b = new StringBuilder();
        for (String o : orders) {
            b.append(b.length() == 0 ? "" : ",").append('"').append(TXID).append("\":").append(o);
        }
        return b.toString();
    }
}
