package dev.osprey.core.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;

/** One stored audit record exactly as read, kind as text: an edited kind must be reported, not fail to parse. */
record AuditRow(long seq, long timeMs, String kind, String actor, String reason, String payload, byte[] prevHash,
                byte[] hash) {

    static final String COLUMNS = "seq, at_ms, kind, actor, reason, payload, prev_hash, hash";

    static AuditRow read(ResultSet rs) throws SQLException {
        return new AuditRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getBytes(7), rs.getBytes(8));
    }

    /** Whether the stored hash is the hash of the stored content. */
    boolean selfConsistent() {
        return prevHash.length == AuditHash.LENGTH
                && Arrays.equals(hash, AuditHash.of(seq, timeMs, kind, actor, reason, payload, prevHash));
    }

    boolean follows(byte[] previousHash) {
        return Arrays.equals(prevHash, previousHash);
    }
}
