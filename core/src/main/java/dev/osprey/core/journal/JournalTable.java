package dev.osprey.core.journal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** The event journal: gap-free sequence from 1, assigned here on the writer thread in queue order. */
final class JournalTable implements BatchTable<JournalTable.Encoded> {

    /** An entry already encoded on the caller's thread, so a bad message fails there and never reaches a batch. */
    record Encoded(long timeMs, String type, byte[] payload) {
    }

    private BatchedInsert insert;
    private long lastSequence;
    private long committedSequence;

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
        insert = new BatchedInsert(connection, "INSERT INTO journal (seq, at_ms, type, payload) VALUES (?, ?, ?, ?)");
    }

    @Override
    public long add(Encoded row) throws SQLException {
        long seq = lastSequence + 1;
        insert.row().setLong(1, seq);
        insert.row().setLong(2, row.timeMs());
        insert.row().setString(3, row.type());
        insert.row().setBytes(4, row.payload());
        insert.add();
        lastSequence = seq;
        return seq;
    }

    @Override
    public void flush() throws SQLException {
        insert.flush();
    }

    @Override
    public void committed() {
        committedSequence = lastSequence;
    }

    @Override
    public void discarded() {
        lastSequence = committedSequence;
        insert.clear();
    }

    /** The sequence of the last entry added, committed or in the current batch (writer thread only). */
    long lastSequence() {
        return lastSequence;
    }
}
