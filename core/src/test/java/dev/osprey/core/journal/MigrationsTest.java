package dev.osprey.core.journal;

import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MigrationsTest {
    private static final List<String> V1_TABLES = List.of("BALANCES", "FILLS", "JOURNAL", "ORDERS", "POSITIONS",
            "SNAPSHOTS", "STRATEGY_STATE", "TRADING_STATE");

    @TempDir
    Path dir;

    @Test
    void whenOpeningAnEmptyDataDir_thenEveryMigrationApplies() throws Exception {
        // Arrange / Act
        try (JournalDatabase db = JournalDatabase.open(dir)) {
            // Assert
            assertEquals("2", db.schemaVersion());
            List<String> tables = tables(db);
            assertTrue(tables.containsAll(V1_TABLES), tables.toString());
            assertTrue(tables.containsAll(List.of("AUDIT_TRAIL", "AUDIT_TRAIL_TRUNCATE_GUARD")), tables.toString());
        }
        assertTrue(dir.resolve("osprey.mv.db").toFile().isFile());
    }

    @Test
    void whenUpgradingADatabaseMadeByV1_thenItsDataIsKept() throws Exception {
        // Arrange: a data dir at schema version 1 with journal entries and an order row in it
        try (JournalDatabase v1 = JournalDatabase.open(dir, MigrationVersion.fromVersion("1"))) {
            assertEquals("1", v1.schemaVersion());
            assertFalse(tables(v1).contains("AUDIT_TRAIL"));
            try (JournalWriter w = JournalWriter.start(v1, new JournalCodec())) {
                w.append(Messages.intent(1));
                w.append(Messages.intent(2));
                w.save(new StateRow.BalanceRow("paper", new dev.osprey.core.venue.Balance("USDT",
                        new BigDecimal("10000.5"), BigDecimal.ZERO), 5L)).join();
            }
        }

        // Act
        try (JournalDatabase latest = JournalDatabase.open(dir)) {
            // Assert
            assertEquals("2", latest.schemaVersion());
            Recovery.Recovered r = new Recovery(latest, new JournalCodec()).load();
            assertEquals(List.of(Messages.intent(1).message(), Messages.intent(2).message()),
                    r.tail().stream().map(SequencedEntry::message).toList());
            assertEquals("10000.50000000", scalar(latest, "SELECT free FROM balances WHERE asset = 'USDT'"));
            assertEquals("0", scalar(latest, "SELECT COUNT(*) FROM audit_trail"));
        }
    }

    private static List<String> tables(JournalDatabase db) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection c = db.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT table_name FROM information_schema.tables"
                     + " WHERE table_schema = 'PUBLIC' ORDER BY table_name")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    static String scalar(JournalDatabase db, String sql) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
