package dev.osprey.core.journal;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Snapshots of the engine's state. A snapshot covers the journal up to the last entry queued before it: the
 * writer takes the queue in order, so that is the journal's last sequence at the moment the snapshot is added.
 */
final class SnapshotTable implements BatchTable<SnapshotTable.Capture> {

    record Capture(long timeMs, byte[] state) {
    }

    private final JournalTable journal;
    private BatchedInsert insert;

    SnapshotTable(JournalTable journal) {
        this.journal = journal;
    }

    @Override
    public void open(Connection connection) throws SQLException {
        insert = new BatchedInsert(connection, "INSERT INTO snapshots (journal_seq, at_ms, state) VALUES (?, ?, ?)");
    }

    @Override
    public long add(Capture row) throws SQLException {
        long covered = journal.lastSequence();
        insert.row().setLong(1, covered);
        insert.row().setLong(2, row.timeMs());
        insert.row().setBytes(3, row.state());
        insert.add();
        return covered;
    }

    @Override
    public void flush() throws SQLException {
        insert.flush();
    }

    @Override
    public void committed() {
        // Nothing counted here: the covered sequence comes from the journal table.
    }

    @Override
    public void discarded() {
        insert.clear();
    }
}
