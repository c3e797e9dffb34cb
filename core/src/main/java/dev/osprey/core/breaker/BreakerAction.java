package dev.osprey.core.breaker;

/**
 * What an open breaker makes the engine do. {@link Restriction} carries the combined effect of every open breaker;
 * docs/breaker.md says what the engine does for each.
 */
public enum BreakerAction {
    /** Watch only: the trip is an alert, nothing is restricted. */
    ALERT_ONLY("alert only"),
    /** New orders must reduce a position; working orders are left alone. */
    REDUCE_ONLY("new orders must reduce a position"),
    /** No new exposure from any path: new orders must reduce, working orders that would add are cancelled. */
    HALT_NEW_TRADES("no new trades: exits only, working entries cancelled"),
    /** No new orders at all (cancels still pass); working entries are cancelled, protective orders stay. */
    PAUSE_TRADING("trading paused: no new orders, working entries cancelled"),
    /** No new orders to the venue the trigger names; other venues trade on. */
    HALT_VENUE("no new orders to the venue"),
    /** Flatten the positions found correlated; new orders on those symbols must reduce. */
    CLOSE_CORRELATED("close the correlated positions"),
    /** Cancel every working order and flatten every position; new orders must reduce. */
    CLOSE_ALL_POSITIONS("close all positions"),
    /** The emergency stop: the gate halts, every working order is cancelled, a trader must re-arm. */
    IMMEDIATE_STOP("immediate stop");

    private final String text;

    BreakerAction(String text) {
        this.text = text;
    }

    /** What a trader reads in an alert. */
    public String text() {
        return text;
    }

    /** Restricts trading while open, so its half-open phase is a probe at reduced size. */
    public boolean restricts() {
        return this != ALERT_ONLY;
    }
}
