package dev.osprey.core.journal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** The event journal: gap-free sequence from 1, assigned here on the writer thread in queue order. */
final class JournalTable implements BatchTable<JournalTable.Encoded> {

    /** An entry already encoded on the caller's thread, so a bad message fails there and never reaches a batch. */
    record Encoded(long timeMs, String type, byte[] payload) {
    }

    private PreparedStatement insert;
    private long lastSequence;
    private long committedSequence;
    private int pending;

    static Encoded encode(JournalEntry entry, JournalCodec codec) {
        return new Encoded(entry.timeMs(), codec.typeId(entry.message()), codec.encode(entry.message()));
    }

    @Override
    public void open(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(seq), 0) FROM journal")) {
            rs.next();
            lastSequence = rs.getLong(1);
            committedSequence = lastSequence;
        }
        insert = connection.prepareStatement("INSERT INTO journal (seq, at_ms, type, payload) VALUES (?, ?, ?, ?)");
    }

    @Override
    public long add(Encoded row) throws SQLException {
        long seq = lastSequence + 1;
        insert.setLong(1, seq);
        insert.setLong(2, row.timeMs());
        insert.setString(3, row.type());
        insert.setBytes(4, row.payload());
        insert.addBatch();
        lastSequence = seq;
        pending++;
        return seq;
    }

    @Override
    public void flush() throws SQLException {
        if (pending > 0) {
            insert.executeBatch();
            pending = 0;
        }
    }

    @Override
    public void committed() {
        committedSequence = lastSequence;
    }

    @Override
    public void discarded() {
        lastSequence = committedSequence;
        pending = 0;
        try {
            insert.clearBatch();
        } catch (SQLException ignored) {
            // The writer has stopped after this failure; the statement is not used again.
        }
    }

    /** The sequence of the last entry added, committed or in the current batch (writer thread only). */
    long lastSequence() {
        return lastSequence;
    }
}
