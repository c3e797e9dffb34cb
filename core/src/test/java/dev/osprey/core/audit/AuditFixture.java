package dev.osprey.core.audit;

import dev.osprey.core.journal.JournalCodec;
import dev.osprey.core.journal.JournalDatabase;
import dev.osprey.core.journal.JournalWriter;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/** Writes audit trails for tests, and tampers with them the way someone with the database file could. */
final class AuditFixture {
    private AuditFixture() {
    }

    static AuditRecord decision(int i) {
        return new AuditRecord(1_000L + i, AuditKind.ORDER_INTENT, "desk", "ticket send",
                Map.of("clientOrderId", "c" + i, "qty", "0.001", "symbol", "BTCUSDT"));
    }

    /** A data dir whose audit trail holds records #1..#n, closed again. */
    static void writeTrail(Path dir, int n) {
        try (JournalDatabase db = JournalDatabase.open(dir); JournalWriter w = JournalWriter.start(db, new JournalCodec())) {
            AuditTrail trail = new AuditTrail(w);
            for (int i = 1; i <= n; i++) {
                trail.record(decision(i));
            }
        }
    }

    /** Runs statements with the append-only triggers dropped: what a determined editor of the file can do. */
    static void tamper(Path dir, String... sql) throws SQLException {
        try (JournalDatabase db = JournalDatabase.open(dir); Connection c = db.connect();
             Statement s = c.createStatement()) {
            s.execute("DROP TRIGGER audit_trail_refuse_update");
            s.execute("DROP TRIGGER audit_trail_refuse_delete");
            for (String q : sql) {
                s.execute(q);
            }
        }
    }

    /** Moves records from {@code from} on by {@code delta} sequence numbers without tripping the primary key. */
    static String[] renumber(long from, int delta) {
        return new String[]{
                "UPDATE audit_trail SET seq = -seq WHERE seq >= " + from,
                "UPDATE audit_trail SET seq = -seq + (" + delta + ") WHERE seq < 0"};
    }
}
