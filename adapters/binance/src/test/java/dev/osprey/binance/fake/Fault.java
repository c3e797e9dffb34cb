package dev.osprey.binance.fake;

/**
 * What the fake REST server does to the next matching request instead of (or after) serving it.
 *
 * @param error            the answer to give; null to serve normally
 * @param executeFirst     carry the request out, then answer with {@code error} (a 5xx after the order was placed)
 * @param holdMs           hold the answer this long first (the client's timeout should fire before)
 */
public record Fault(FakeError error, boolean executeFirst, long holdMs) {

    public static Fault refuse(int status, int code, String msg) {
        return new Fault(new FakeError(status, code, msg), false, 0);
    }

    public static Fault rateLimited(int status, int retryAfterSeconds) {
        return new Fault(new FakeError(status, -1003, "Too much request weight used; current limit is 6000 request "
                + "weight per 1 MINUTE. Please use WebSocket Streams for live updates to avoid polling the API.",
                retryAfterSeconds), false, 0);
    }

    /** A 503 after the request was carried out: Binance's "execution status unknown". */
    public static Fault serverErrorAfterExecuting() {
        return new Fault(new FakeError(503, -1007, "Timeout waiting for response from backend server. Send status "
                + "unknown; execution status unknown."), true, 0);
    }

    public static Fault serverErrorWithoutExecuting() {
        return new Fault(new FakeError(502, 0, ""), false, 0);
    }

    public static Fault slowAnswer(long holdMs, boolean executeFirst) {
        return new Fault(null, executeFirst, holdMs);
    }
}
