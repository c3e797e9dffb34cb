package dev.osprey.xchange;

import dev.osprey.core.order.RejectReason;

/** What a failed Kraken or Coinbase call means for us, each with the words a trader reads. */
enum ErrorKind {
    INSUFFICIENT_FUNDS(RejectReason.INSUFFICIENT_BALANCE, "not enough funds", false),
    INVALID_PRICE(RejectReason.VENUE_REJECTED, "price refused (tick, range or precision)", false),
    INVALID_SIZE(RejectReason.VENUE_REJECTED, "size refused (below the minimum, step or precision)", false),
    UNKNOWN_ORDER(RejectReason.UNKNOWN_ORDER, "no such order", false),
    RATE_LIMITED(RejectReason.VENUE_REJECTED, "rate limited: too many requests", false),
    AUTH(RejectReason.VENUE_REJECTED, "API key, signature, nonce or permission refused", false),
    TIF_UNSUPPORTED(RejectReason.TIF_NOT_ALLOWED, "time in force not offered", false),
    /** The connection never opened: nothing reached the venue. */
    NOT_SENT(RejectReason.VENUE_REJECTED, "not sent: the venue could not be reached", false),
    /** 5xx, timeout or a broken connection: the venue may or may not have acted. */
    OUTCOME_UNKNOWN(RejectReason.VENUE_REJECTED, "outcome unknown (server error or timeout)", true),
    REFUSED(RejectReason.VENUE_REJECTED, "refused", false);

    private final RejectReason reason;
    private final String words;
    private final boolean outcomeUnknown;

    ErrorKind(RejectReason reason, String words, boolean outcomeUnknown) {
        this.reason = reason;
        this.words = words;
        this.outcomeUnknown = outcomeUnknown;
    }

    RejectReason reason() {
        return reason;
    }

    String words() {
        return words;
    }

    /** True when the request may have been executed: settle it by asking, never by sending again. */
    boolean outcomeUnknown() {
        return outcomeUnknown;
    }
}
