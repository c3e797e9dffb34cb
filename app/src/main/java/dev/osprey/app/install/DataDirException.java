package dev.osprey.app.install;

/** The data directory could not be found or set up; the message names the path and the reason. */
public final class DataDirException extends Exception {
    public DataDirException(String message, Throwable cause) {
        super(message, cause);
    }
}
