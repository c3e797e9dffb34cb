package dev.osprey.core.breaker;

/**
 * A breaker transition (or a refused one), for the audit trail and alerts.
 *
 * @param scope the venue of a venue-scoped breaker, else ""
 * @param who   "breaker" for its own transitions, else the trader who asked
 * @param atMs  engine time
 */
public record BreakerEvent(Kind kind, String trigger, String scope, BreakerState from, BreakerState to,
                           BreakerAction action, String who, String why, long atMs) {
    public static final String SELF = "breaker";

    public enum Kind {
        /** Opened by its condition or a trader's stop: alert. */
        TRIPPED,
        /** Cooldown over: probing at reduced size. */
        HALF_OPENED,
        /** A probe window passed without a trip. */
        CLOSED,
        /** A trader closed it by hand (re-arm or override). */
        RESET,
        /** An illegal transition was asked for and not applied; {@code to} is what was asked. */
        REFUSED
    }

    /** One line for the log and the status bar. */
    public String text() {
        String where = scope.isEmpty() ? trigger : trigger + "@" + scope;
        return where + " " + kind + " " + from + "->" + to + " (" + action.text() + ") by " + who + ": " + why;
    }
}
