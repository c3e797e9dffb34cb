package dev.osprey.core.journal;

/**
 * Why the journal could not make something durable. Each has its own message so the engine can refuse an order
 * with a reason a trader understands, e.g. "Order refused: the journal could not commit (disk full)".
 */
public enum JournalFailure {
    DATABASE_UNAVAILABLE("The journal database cannot be opened"),
    SCHEMA_MIGRATION_FAILED("The journal database schema could not be brought up to date"),
    COMMIT_FAILED("The journal could not commit the batch: nothing in it is durable"),
    WRITER_FAILED("The journal stopped after an earlier failed commit: restart to recover from the journal"),
    WRITER_CLOSED("The journal is closed"),
    QUEUE_FULL("The journal is not keeping up: its queue is full"),
    ENCODE_FAILED("The entry could not be encoded for the journal"),
    CORRUPT("The journal on disk is not consistent");

    private final String message;

    JournalFailure(String message) {
        this.message = message;
    }

    public String message() {
        return message;
    }
}
