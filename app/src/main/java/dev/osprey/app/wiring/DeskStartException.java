package dev.osprey.app.wiring;

/** The desk could not start (a live venue unreachable, refused, or too slow); nothing is left running. */
public final class DeskStartException extends Exception {
    public DeskStartException(String message) {
        super(message);
    }
}
