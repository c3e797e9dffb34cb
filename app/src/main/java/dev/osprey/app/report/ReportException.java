package dev.osprey.app.report;

/** A report could not be made; the message says why in the trader's words. */
public final class ReportException extends Exception {
    private final boolean badInput;

    private ReportException(String message, boolean badInput) {
        super(message);
        this.badInput = badInput;
    }

    /** What the trader asked for is wrong (a date, a period): nothing was read. */
    public static ReportException badInput(String message) {
        return new ReportException(message, true);
    }

    /** The journal is missing or cannot be read. */
    public static ReportException journal(String message) {
        return new ReportException(message, false);
    }

    public boolean badInput() {
        return badInput;
    }
}
