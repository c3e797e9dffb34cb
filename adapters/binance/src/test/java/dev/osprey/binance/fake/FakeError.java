package dev.osprey.binance.fake;

/** A refusal the fake answers with: HTTP status, Binance code and message, optional Retry-After seconds. */
public final class FakeError extends RuntimeException {
    final int status;
    final int code;
    final String msg;
    final int retryAfterSeconds;

    public FakeError(int status, int code, String msg, int retryAfterSeconds) {
        super(status + " " + code + " " + msg, null, false, false);
        this.status = status;
        this.code = code;
        this.msg = msg;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public FakeError(int status, int code, String msg) {
        this(status, code, msg, 0);
    }

    static FakeError unknownOrderSent() {
        return new FakeError(400, -2011, "Unknown order sent.");
    }

    static FakeError orderDoesNotExist() {
        return new FakeError(400, -2013, "Order does not exist.");
    }
}
