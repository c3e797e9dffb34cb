package dev.osprey.core.audit;

import dev.osprey.core.journal.JournalDatabase;

import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Checks the audit trail of a data directory: every record hashes to its stored hash and points at the hash of
 * the one before it. Opens the database read-only and never creates or migrates one, so it can be run on a copy,
 * or on the data directory once Osprey has stopped (H2 allows one process per database file).
 *
 * <p>A chain without a secret proves order and integrity, not completeness at the end: someone who removes the
 * newest records, or appends well-formed ones, leaves a valid chain. Compare the printed head hash with one kept
 * elsewhere to catch that.
 */
public final class AuditVerifier {
    public static final int EXIT_INTACT = 0;
    public static final int EXIT_BROKEN = 1;
    public static final int EXIT_UNREADABLE = 2;

    private AuditVerifier() {
    }

    /**
     * Walks the chain and returns the verdict.
     *
     * @throws AuditUnreadableException when the data directory has no Osprey database, no audit trail, or is in use
     */
    public static AuditVerdict verify(Path dataDir) {
        try (Connection c = JournalDatabase.connectReadOnly(dataDir)) {
            return new ChainWalk(c).walk();
        } catch (SQLException e) {
            throw new AuditUnreadableException(dataDir, e);
        }
    }

    /**
     * The {@code verify-audit --data-dir DIR} command: prints one line and returns the exit code, 0 when the chain
     * is intact, {@value #EXIT_BROKEN} naming the first broken record, {@value #EXIT_UNREADABLE} when it could not
     * be read.
     */
    public static int run(Path dataDir, PrintStream out) {
        try {
            AuditVerdict verdict = verify(dataDir);
            out.println(verdict.describe());
            return verdict.intact() ? EXIT_INTACT : EXIT_BROKEN;
        } catch (AuditUnreadableException e) {
            out.println(e.getMessage());
            return EXIT_UNREADABLE;
        }
    }
}
