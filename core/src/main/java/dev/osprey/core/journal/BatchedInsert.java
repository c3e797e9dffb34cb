package dev.osprey.core.journal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * One INSERT statement filled row by row during a writer batch: sent on {@link #flush()}, forgotten on
 * {@link #clear()} after a rollback. The part every {@link BatchTable} that appends rows shares.
 */
public final class BatchedInsert {
    private final PreparedStatement insert;
    private int pending;

    public BatchedInsert(Connection connection, String sql) throws SQLException {
        this.insert = connection.prepareStatement(sql);
    }

    /** The statement to set the next row's parameters on; then call {@link #add()}. */
    public PreparedStatement row() {
        return insert;
    }

    public void add() throws SQLException {
        insert.addBatch();
        pending++;
    }

    public void flush() throws SQLException {
        if (pending > 0) {
            insert.executeBatch();
            pending = 0;
        }
    }

    /** After a rollback: the rows added since the last flush are dropped. */
    public void clear() {
        pending = 0;
        try {
            insert.clearBatch();
        } catch (SQLException ignored) {
            // The writer has stopped after this failure; the statement is not used again.
        }
    }
}
