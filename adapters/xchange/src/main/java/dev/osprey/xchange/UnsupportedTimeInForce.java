package dev.osprey.xchange;

/** The venue has no such time in force for this order: refused before sending. */
final class UnsupportedTimeInForce extends RuntimeException {
    UnsupportedTimeInForce(String message) {
        super(message);
    }
}
