package dev.osprey.core.audit;

import dev.osprey.core.journal.JournalCodec;
import dev.osprey.core.journal.JournalDatabase;
import dev.osprey.core.journal.JournalWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AuditTrailTest {
    @TempDir
    Path dir;

    @Test
    void whenDecisionsAreRecorded_thenEachCarriesTheHashOfTheOneBefore() throws Exception {
        // Arrange / Act
        AuditFixture.writeTrail(dir, 5);

        // Assert
        List<AuditRow> rows = rows();
        assertEquals(5, rows.size());
        byte[] previous = AuditHash.GENESIS;
        for (AuditRow r : rows) {
            assertArrayEquals(previous, r.prevHash(), "record #" + r.seq());
            assertArrayEquals(AuditHash.of(r.seq(), r.timeMs(), r.kind(), r.actor(), r.reason(), r.payload(),
                    previous), r.hash(), "record #" + r.seq());
            previous = r.hash();
        }
        assertEquals("{\"clientOrderId\":\"c1\",\"qty\":\"0.001\",\"symbol\":\"BTCUSDT\"}", rows.get(0).payload());
    }

    @Test
    void whenTheWriterIsReopened_thenTheChainContinuesFromTheLastRecord() throws Exception {
        // Arrange
        AuditFixture.writeTrail(dir, 3);

        // Act
        try (JournalDatabase db = JournalDatabase.open(dir); JournalWriter w = JournalWriter.start(db, new JournalCodec())) {
            assertEquals(4L, new AuditTrail(w).record(AuditFixture.decision(4)).join());
        }

        // Assert
        List<AuditRow> rows = rows();
        assertArrayEquals(rows.get(2).hash(), rows.get(3).prevHash());
        assertTrue(AuditVerifier.verify(dir).intact());
    }

    @Test
    void whenTwoPartsOfTheDeskRecordThroughOneWriter_thenTheyExtendOneChain() throws Exception {
        try (JournalDatabase db = JournalDatabase.open(dir); JournalWriter w = JournalWriter.start(db, new JournalCodec())) {
            // Arrange
            AuditTrail engine = new AuditTrail(w);
            AuditTrail settings = new AuditTrail(w);

            // Act
            engine.record(AuditFixture.decision(1));
            settings.record(new AuditRecord(2L, AuditKind.CONFIG_CHANGE, "desk", "fees", Map.of("makerBps", 1)));
            long last = engine.record(AuditFixture.decision(3)).join();

            // Assert
            assertEquals(3L, last);
        }
        assertTrue(AuditVerifier.verify(dir).intact());
    }

    @Test
    void whenAPayloadCarriesASecret_thenItIsRefusedAndNothingIsStored() throws Exception {
        try (JournalDatabase db = JournalDatabase.open(dir); JournalWriter w = JournalWriter.start(db, new JournalCodec())) {
            AuditTrail trail = new AuditTrail(w);
            AuditRecord leaky = new AuditRecord(1L, AuditKind.API_KEY_ADDED, "desk", "new key",
                    Map.of("venue", "binance", "credentials", Map.of("label", "main", "apiSecret", "s3cr3t")));

            // Act
            SecretPayloadException e = assertThrows(SecretPayloadException.class, () -> trail.record(leaky));

            // Assert
            assertEquals("payload.credentials", e.fieldPath());
            trail.record(new AuditRecord(2L, AuditKind.API_KEY_ADDED, "desk", "new key",
                    Map.of("venue", "binance", "keyLabel", "main", "fingerprint", "9f2c"))).join();
        }
        assertEquals(1, rows().size());
        assertTrue(rows().get(0).payload().contains("fingerprint"));
    }

    @Test
    void whenSomeoneUpdatesDeletesOrTruncates_thenTheDatabaseRefuses() throws Exception {
        // Arrange
        AuditFixture.writeTrail(dir, 2);

        try (JournalDatabase db = JournalDatabase.open(dir); Connection c = db.connect(); Statement s = c.createStatement()) {
            // Act
            SQLException update = assertThrows(SQLException.class,
                    () -> s.executeUpdate("UPDATE audit_trail SET reason = 'nothing to see' WHERE seq = 1"));
            SQLException delete = assertThrows(SQLException.class,
                    () -> s.executeUpdate("DELETE FROM audit_trail WHERE seq = 2"));
            SQLException truncate = assertThrows(SQLException.class, () -> s.execute("TRUNCATE TABLE audit_trail"));

            // Assert
            assertTrue(update.getMessage().contains("append-only: UPDATE refused"), update.getMessage());
            assertTrue(delete.getMessage().contains("append-only: DELETE refused"), delete.getMessage());
            assertTrue(truncate.getMessage().contains("Cannot truncate"), truncate.getMessage());
        }
        assertEquals(2, rows().size());
        assertTrue(AuditVerifier.verify(dir).intact());
    }

    private List<AuditRow> rows() throws SQLException {
        List<AuditRow> rows = new ArrayList<>();
        try (JournalDatabase db = JournalDatabase.open(dir); Connection c = db.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT " + AuditRow.COLUMNS + " FROM audit_trail ORDER BY seq")) {
            while (rs.next()) {
                rows.add(AuditRow.read(rs));
            }
        }
        return rows;
    }
}
