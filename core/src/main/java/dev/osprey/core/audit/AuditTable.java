package dev.osprey.core.audit;

import dev.osprey.core.journal.BatchTable;
import dev.osprey.core.journal.BatchedInsert;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The audit trail as the journal writer fills it: sequence and hash chain are assigned here, on the writer thread,
 * in queue order, so the chain follows the order the decisions were made in. Only ever INSERTs.
 */
final class AuditTable implements BatchTable<AuditTable.Entry> {

    /** A record ready to chain: its payload already checked and in canonical JSON. */
    record Entry(long timeMs, AuditKind kind, String actor, String reason, String payload) {
    }

    private BatchedInsert insert;
    private long lastSequence;
    private byte[] lastHash;
    private long committedSequence;
    private byte[] committedHash;

    @Override
    public void open(Connection connection) throws SQLException {
        lastSequence = 0;
        lastHash = AuditHash.GENESIS;
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT seq, hash FROM audit_trail ORDER BY seq DESC LIMIT 1")) {
            if (rs.next()) {
                lastSequence = rs.getLong(1);
                lastHash = rs.getBytes(2);
            }
        }
        committedSequence = lastSequence;
        committedHash = lastHash;
        insert = new BatchedInsert(connection, "INSERT INTO audit_trail (seq, at_ms, kind, actor, reason, payload,"
                + " prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    }

    @Override
    public long add(Entry e) throws SQLException {
        long seq = lastSequence + 1;
        byte[] hash = AuditHash.of(seq, e.timeMs(), e.kind().name(), e.actor(), e.reason(), e.payload(), lastHash);
        insert.row().setLong(1, seq);
        insert.row().setLong(2, e.timeMs());
        insert.row().setString(3, e.kind().name());
        insert.row().setString(4, e.actor());
        insert.row().setString(5, e.reason());
        insert.row().setString(6, e.payload());
        insert.row().setBytes(7, lastHash);
        insert.row().setBytes(8, hash);
        insert.add();
        lastSequence = seq;
        lastHash = hash;
        return seq;
    }

    @Override
    public void flush() throws SQLException {
        insert.flush();
    }

    @Override
    public void committed() {
        committedSequence = lastSequence;
        committedHash = lastHash;
    }

    @Override
    public void discarded() {
        lastSequence = committedSequence;
        lastHash = committedHash;
        insert.clear();
    }
}
