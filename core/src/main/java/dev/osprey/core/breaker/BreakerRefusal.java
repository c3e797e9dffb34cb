package dev.osprey.core.breaker;

/** Why a breaker refuses a new order: each restriction has its own reason, plus the breakers behind it. */
public record BreakerRefusal(Reason reason, String detail) {

    public enum Reason {
        STOPPED("Circuit breaker: trading is stopped until a trader re-arms"),
        VENUE_HALTED("Circuit breaker: this venue is halted (heartbeat lost)"),
        PAUSED("Circuit breaker: trading is paused, no new orders"),
        EXITS_ONLY("Circuit breaker: only orders that reduce a position"),
        SYMBOL_CLOSING("Circuit breaker: this symbol's position is being closed, only orders that reduce it"),
        PROBE_SPENT("Circuit breaker: the probe's entries are used up until its window ends");

        private final String message;

        Reason(String message) {
            this.message = message;
        }

        public String message() {
            return message;
        }
    }

    /** The text a trader reads in the ticket. */
    public String text() {
        return detail.isEmpty() ? reason.message() : reason.message() + " (" + detail + ")";
    }
}
