package dev.osprey.core.journal;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * A table the journal writer fills in its batches, so its rows commit in the same transaction as the journal
 * entries queued around them (the journal itself, snapshots, the read models, the audit trail). Every method
 * runs on the writer thread only; implementations need no locks.
 *
 * @param <T> what one queued write carries
 */
public interface BatchTable<T> {

    /** Once, before the first row: prepare statements on the writer's connection, read the last sequence. */
    void open(Connection connection) throws SQLException;

    /** Adds one row to the current batch and returns its sequence (or 0 for tables without one). */
    long add(T row) throws SQLException;

    /** Sends the rows added since the last flush; called before the commit. */
    void flush() throws SQLException;

    /** The batch committed and is durable: what {@link #add} counted is now the table's state. */
    void committed();

    /** The batch was rolled back: forget what {@link #add} counted since the last commit. */
    void discarded();
}
