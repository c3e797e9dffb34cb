package dev.osprey.binance;

/** What a failed Binance call means for us, whatever code or transport failure carried it. */
public enum ApiErrorKind {
    /** HTTP 429: too many requests; sending pauses until Retry-After. */
    RATE_LIMITED(false),
    /** HTTP 418: the IP is banned until Retry-After for ignoring 429s. */
    IP_BANNED(false),
    /** Refused here, before sending: a 429/418 pause is still running. */
    PAUSED(false),
    /** Refused here, before sending: our own count of the exchangeInfo rate limits is used up. */
    LOCAL_RATE_LIMIT(false),
    /** -1021: our timestamp is outside recvWindow; resync the server time and retry once. */
    CLOCK_SKEW(false),
    /** -1022, -2014, -2015: the signature or the key is refused; trading stops until fixed. */
    BAD_CREDENTIALS(false),
    /** Refused here: trading stopped after BAD_CREDENTIALS, or no key was configured. */
    HALTED(false),
    /** -2010 with the insufficient-balance message. */
    INSUFFICIENT_BALANCE(false),
    /** -2010 for any other reason (e.g. a LIMIT_MAKER that would take). */
    ORDER_REJECTED(false),
    /** -1013: a symbol filter (LOT_SIZE, PRICE_FILTER, NOTIONAL, ...) refused the order. */
    FILTER_FAILURE(false),
    /** -2011 (cancel) or -2013 (query): Binance has no such open order. */
    UNKNOWN_ORDER(false),
    /** Any other 4xx: our request was wrong. */
    BAD_REQUEST(false),
    /** The connection could not be opened: nothing reached Binance. */
    NOT_SENT(false),
    /** HTTP 5xx, or -1006/-1007: Binance may or may not have acted. */
    SERVER_ERROR(true),
    /** No answer in time: Binance may or may not have acted. */
    TIMEOUT(true),
    /** The connection broke after sending: Binance may or may not have acted. */
    NETWORK(true);

    private final boolean outcomeUnknown;

    ApiErrorKind(boolean outcomeUnknown) {
        this.outcomeUnknown = outcomeUnknown;
    }

    /** True when the request may have been executed: reconcile by client order id, never resend blindly. */
    public boolean outcomeUnknown() {
        return outcomeUnknown;
    }
}
