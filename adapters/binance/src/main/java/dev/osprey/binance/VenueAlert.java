package dev.osprey.binance;

/** Something a trader must see at once: sending paused or stopped, or the user data stream lost. */
public record VenueAlert(Kind kind, String message, long timeMs) {

    public enum Kind {
        /** 429 or 418: nothing is sent until {@code message} says. */
        SENDING_PAUSED,
        /** The signature or API key was refused: trading stays stopped until the keys are fixed. */
        TRADING_STOPPED,
        /** The user data stream is down; orders are polled over REST meanwhile. */
        USER_STREAM_DOWN,
        USER_STREAM_UP,
        /** A new API key was put in place of the one that was refused: signed calls are sent again. */
        TRADING_RESUMED,
        /** The venue signs with a new API key from now on. */
        KEY_ROTATED,
        /** An order's outcome is unknown after a 5xx or timeout; it is being reconciled. */
        ORDER_STATE_UNKNOWN
    }
}
