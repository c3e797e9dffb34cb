package dev.osprey.replay;

/** A capture line that cannot be decoded; the reason is shown to the user, so it says what is wrong. */
final class MalformedMessageException extends Exception {
    MalformedMessageException(String reason) {
        // No stack trace: the reader reports the source and line number, which is what a user needs.
        super(reason, null, false, false);
    }
}
