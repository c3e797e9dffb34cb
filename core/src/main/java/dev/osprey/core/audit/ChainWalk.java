package dev.osprey.core.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static dev.osprey.core.audit.AuditVerdict.Tampering.DELETED;
import static dev.osprey.core.audit.AuditVerdict.Tampering.EDITED;
import static dev.osprey.core.audit.AuditVerdict.Tampering.INSERTED;
import static dev.osprey.core.audit.AuditVerdict.Tampering.REORDERED;

/**
 * Walks the audit trail in sequence order and stops at the first record that breaks the chain. Each record must
 * carry the next sequence, hash to its stored hash, and point at the hash of the record before it. When one does
 * not, the record its previous-hash field points at (looked up by hash) tells an edit from a move or an insertion.
 */
final class ChainWalk {
    private static final int PAGE = 10_000;

    private final PreparedStatement page;
    private final PreparedStatement byHash;

    ChainWalk(Connection c) throws SQLException {
        this.page = c.prepareStatement("SELECT " + AuditRow.COLUMNS + " FROM audit_trail WHERE seq > ? ORDER BY seq"
                + " LIMIT ?");
        this.byHash = c.prepareStatement("SELECT seq FROM audit_trail WHERE hash = ?");
    }

    AuditVerdict walk() throws SQLException {
        long lastSeq = 0;
        byte[] lastHash = AuditHash.GENESIS;
        long position = 0;
        List<AuditRow> rows;
        do {
            rows = rowsAfter(lastSeq, PAGE);
            for (AuditRow r : rows) {
                position++;
                Optional<AuditVerdict> broken = judge(r, lastSeq, lastHash, position);
                if (broken.isPresent()) {
                    return broken.get();
                }
                lastSeq = r.seq();
                lastHash = r.hash();
            }
        } while (rows.size() == PAGE);
        return AuditVerdict.intact(position, AuditHash.hex(lastHash));
    }

    private Optional<AuditVerdict> judge(AuditRow r, long prevSeq, byte[] prevHash, long position)
            throws SQLException {
        long expected = prevSeq + 1;
        long s = r.seq();
        if (s > expected) {
            return broken(position, DELETED, expected, s - 1 == expected ? "record #" + expected + " is missing"
                    : "records #" + expected + " to #" + (s - 1) + " are missing");
        }
        if (s < expected) {
            return broken(position, INSERTED, s, "record #" + s + " has a sequence number before the trail starts");
        }
        boolean selfConsistent = r.selfConsistent();
        if (r.follows(prevHash)) {
            if (selfConsistent) {
                return Optional.empty();
            }
            if (nextFollows(s, prevHash)) {
                return broken(position, INSERTED, s, "record #" + (s + 1) + " is chained to #" + prevSeq
                        + ", so #" + s + " was slipped in between");
            }
            return broken(position, EDITED, s, "its content no longer matches its hash");
        }
        Long pointsAt = sequenceOfHash(r.prevHash());
        if (pointsAt == null) {
            if (selfConsistent) {
                return prevSeq == 0
                        ? broken(position, EDITED, s, "the first record does not start from the genesis hash")
                        : broken(position - 1, EDITED, prevSeq, "record #" + s + " was chained to a different #"
                        + prevSeq + ": #" + prevSeq + " was changed and its hash recomputed");
            }
            if (nextFollows(s, prevHash)) {
                return broken(position, INSERTED, s, "record #" + (s + 1) + " is chained to #" + prevSeq
                        + ", so #" + s + " was slipped in between");
            }
            return broken(position, DELETED, s, "record #" + s + " is chained to a record no longer in the trail"
                    + " (deleted, later records renumbered)");
        }
        if (pointsAt == prevSeq - 1) {
            return broken(position - 1, INSERTED, prevSeq, "record #" + s + " is chained to #" + pointsAt
                    + ", so #" + prevSeq + " was slipped in between");
        }
        return broken(position, REORDERED, s, "record #" + s + " was written after the record now at #" + pointsAt
                + ", not after #" + prevSeq);
    }

    private boolean nextFollows(long seq, byte[] hash) throws SQLException {
        List<AuditRow> next = rowsAfter(seq, 1);
        return !next.isEmpty() && next.get(0).follows(hash);
    }

    private List<AuditRow> rowsAfter(long seq, int limit) throws SQLException {
        page.setLong(1, seq);
        page.setInt(2, limit);
        List<AuditRow> rows = new ArrayList<>();
        try (ResultSet rs = page.executeQuery()) {
            while (rs.next()) {
                rows.add(AuditRow.read(rs));
            }
        }
        return rows;
    }

    private Long sequenceOfHash(byte[] hash) throws SQLException {
        byHash.setBytes(1, hash);
        try (ResultSet rs = byHash.executeQuery()) {
            return rs.next() ? rs.getLong(1) : null;
        }
    }

    private static Optional<AuditVerdict> broken(long position, AuditVerdict.Tampering how, long seq, String why) {
        return Optional.of(AuditVerdict.broken(position, how, seq, position, why));
    }
}
