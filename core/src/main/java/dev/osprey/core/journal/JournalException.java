package dev.osprey.core.journal;

/** A journal operation failed; {@link #failure()} says which way, the message gives the specifics. */
public final class JournalException extends RuntimeException {
    private final JournalFailure failure;

    public JournalException(JournalFailure failure, String detail, Throwable cause) {
        super(detail == null || detail.isEmpty() ? failure.message() : failure.message() + " (" + detail + ")", cause);
        this.failure = failure;
    }

    public JournalException(JournalFailure failure, String detail) {
        this(failure, detail, null);
    }

    public JournalFailure failure() {
        return failure;
    }
}
