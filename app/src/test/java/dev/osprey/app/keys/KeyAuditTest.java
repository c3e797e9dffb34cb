package dev.osprey.app.keys;

import dev.osprey.core.audit.AuditTrail;
import dev.osprey.core.audit.AuditVerifier;
import dev.osprey.core.journal.JournalCodec;
import dev.osprey.core.journal.JournalDatabase;
import dev.osprey.core.journal.JournalWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Key changes in the hash-chained audit trail: kind, venue and label, never the key. */
class KeyAuditTest {
    @TempDir
    Path dir;

    @Test
    void whenAKeyIsAddedRotatedAndRemoved_thenTheAuditTrailHasThreeRecordsWithVenueAndLabelOnly() throws Exception {
        Path journal = dir.resolve("journal");
        JournalDatabase db = JournalDatabase.open(journal);
        JournalWriter writer = JournalWriter.start(db, new JournalCodec());
        try (KeyVault vault = KeyVault.open(dir.resolve("keys.vault"), "pw".toCharArray(),
                KeyAudit.to(new AuditTrail(writer), () -> 1_700_000_000_000L))) {
            vault.store(new ApiKey("binance", "desk", KeyVaultTest.KEY, KeyVaultTest.SECRET.toCharArray()));
            vault.store(new ApiKey("binance", "desk 2", "X" + KeyVaultTest.KEY.substring(1), "s".toCharArray()));
            vault.remove("binance");
        }
        writer.close();
        db.close();

        List<String> rows = new ArrayList<>();
        try (Connection c = JournalDatabase.connectReadOnly(journal); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT kind, reason, payload FROM audit_trail ORDER BY seq")) {
            while (r.next()) {
                rows.add(r.getString(1) + " | " + r.getString(2) + " | " + r.getString(3));
            }
        }
        assertEquals(List.of(
                "API_KEY_ADDED | API key added | {\"label\":\"desk\",\"venue\":\"binance\"}",
                "API_KEY_ADDED | API key rotated (replaces 'desk') | {\"label\":\"desk 2\",\"venue\":\"binance\"}",
                "API_KEY_REMOVED | API key removed | {\"label\":\"desk 2\",\"venue\":\"binance\"}"), rows);
        assertTrue(AuditVerifier.verify(journal).intact());
    }
}
