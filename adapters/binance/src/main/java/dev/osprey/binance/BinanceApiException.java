package dev.osprey.binance;

/**
 * A Binance call that did not succeed. The message holds the HTTP status, Binance's code and Binance's own text,
 * never the request (its query carries the signature and the headers carry the key).
 */
public final class BinanceApiException extends RuntimeException {
    public static final int NO_CODE = 0;

    private final ApiErrorKind kind;
    private final int httpStatus;
    private final int code;
    private final String venueMessage;
    private final long retryAfterMs;

    public BinanceApiException(ApiErrorKind kind, int httpStatus, int code, String venueMessage, long retryAfterMs) {
        super(describe(kind, httpStatus, code, venueMessage), null, false, false);
        this.kind = kind;
        this.httpStatus = httpStatus;
        this.code = code;
        this.venueMessage = venueMessage == null ? "" : venueMessage;
        this.retryAfterMs = retryAfterMs;
    }

    static BinanceApiException local(ApiErrorKind kind, String why) {
        return new BinanceApiException(kind, 0, NO_CODE, why, 0);
    }

    public ApiErrorKind kind() {
        return kind;
    }

    public int httpStatus() {
        return httpStatus;
    }

    public int code() {
        return code;
    }

    public String venueMessage() {
        return venueMessage;
    }

    /** From the Retry-After header of a 429 or 418, else 0. */
    public long retryAfterMs() {
        return retryAfterMs;
    }

    private static String describe(ApiErrorKind kind, int status, int code, String msg) {
        StringBuilder sb = new StringBuilder(kind.name());
        if (status > 0) {
            sb.append(" (HTTP ").append(status);
            if (code != NO_CODE) {
                sb.append(", code ").append(code);
            }
            sb.append(')');
        }
        if (msg != null && !msg.isEmpty()) {
            sb.append(": ").append(msg);
        }
        return sb.toString();
    }
}
