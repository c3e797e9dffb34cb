package dev.osprey.core.audit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HexFormat;

import static dev.osprey.core.audit.AuditVerdict.Tampering.DELETED;
import static dev.osprey.core.audit.AuditVerdict.Tampering.EDITED;
import static dev.osprey.core.audit.AuditVerdict.Tampering.INSERTED;
import static dev.osprey.core.audit.AuditVerdict.Tampering.REORDERED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AuditVerifierTest {
    private static final int RECORDS = 10;

    @TempDir
    Path dir;

    @BeforeEach
    void writeTrail() {
        AuditFixture.writeTrail(dir, RECORDS);
    }

    @Test
    void whenNothingWasTouched_thenTheChainIsIntactUpToItsHead() {
        // Act
        AuditVerdict v = AuditVerifier.verify(dir);

        // Assert
        assertTrue(v.intact(), v.describe());
        assertEquals(RECORDS, v.recordsChecked());
        assertEquals(64, v.headHash().length());
    }

    @Test
    void whenOnePayloadIsEdited_thenThatRecordIsReportedEdited() throws Exception {
        // Arrange
        AuditFixture.tamper(dir, "UPDATE audit_trail SET payload = REPLACE(payload, '0.001', '0.1') WHERE seq = 4");

        // Act / Assert
        assertBroken(EDITED, 4);
    }

    @Test
    void whenARecordIsEditedAndItsHashRecomputed_thenTheEditedRecordIsStillNamed() throws Exception {
        // Arrange: a careful editor recomputes #4's hash; #5 still points at the old one
        String forged = HexFormat.of().formatHex(AuditHash.of(4, 1_004L, "ORDER_INTENT", "desk", "nothing to see",
                "{\"clientOrderId\":\"c4\",\"qty\":\"0.001\",\"symbol\":\"BTCUSDT\"}", prevHashOf(4)));
        AuditFixture.tamper(dir, "UPDATE audit_trail SET reason = 'nothing to see', hash = X'" + forged
                + "' WHERE seq = 4");

        // Act / Assert
        assertBroken(EDITED, 4);
    }

    @Test
    void whenOneRecordIsDeleted_thenTheMissingSequenceIsReported() throws Exception {
        // Arrange
        AuditFixture.tamper(dir, "DELETE FROM audit_trail WHERE seq = 4");

        // Act / Assert
        assertBroken(DELETED, 4);
    }

    @Test
    void whenOneRecordIsDeletedAndTheRestRenumbered_thenTheGapIsStillFound() throws Exception {
        // Arrange
        String[] shift = AuditFixture.renumber(5, -1);
        AuditFixture.tamper(dir, "DELETE FROM audit_trail WHERE seq = 4", shift[0], shift[1]);

        // Act / Assert
        assertBroken(DELETED, 4);
    }

    @Test
    void whenTwoRecordsAreSwapped_thenTheFirstOneOutOfPlaceIsReportedReordered() throws Exception {
        // Arrange
        AuditFixture.tamper(dir, "UPDATE audit_trail SET seq = -1 WHERE seq = 3",
                "UPDATE audit_trail SET seq = 3 WHERE seq = 7", "UPDATE audit_trail SET seq = 7 WHERE seq = -1");

        // Act / Assert
        assertBroken(REORDERED, 3);
    }

    @Test
    void whenTwoNeighboursAreSwapped_thenTheSwapIsReportedReordered() throws Exception {
        // Arrange
        AuditFixture.tamper(dir, "UPDATE audit_trail SET seq = -1 WHERE seq = 3",
                "UPDATE audit_trail SET seq = 3 WHERE seq = 4", "UPDATE audit_trail SET seq = 4 WHERE seq = -1");

        // Act / Assert
        assertBroken(REORDERED, 3);
    }

    @Test
    void whenAWellFormedRecordIsInserted_thenTheInsertedOneIsReported() throws Exception {
        // Arrange: a forged #4 chained to #3 with a correct hash; the old #4..#10 become #5..#11
        byte[] prev = prevHashOf(4);
        String payload = "{\"clientOrderId\":\"x\",\"qty\":\"50\",\"symbol\":\"BTCUSDT\"}";
        String hash = HexFormat.of().formatHex(AuditHash.of(4, 1_004L, "ORDER_INTENT", "desk", "forged", payload, prev));
        String[] shift = AuditFixture.renumber(4, 1);
        AuditFixture.tamper(dir, shift[0], shift[1], "INSERT INTO audit_trail (seq, at_ms, kind, actor, reason,"
                + " payload, prev_hash, hash) VALUES (4, 1004, 'ORDER_INTENT', 'desk', 'forged', '" + payload
                + "', X'" + HexFormat.of().formatHex(prev) + "', X'" + hash + "')");

        // Act / Assert
        assertBroken(INSERTED, 4);
    }

    @Test
    void whenRunAsTheCliCommand_thenExitCodesSayIntactBrokenOrUnreadable() throws Exception {
        // Arrange
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);

        // Act
        int intact = AuditVerifier.run(dir, print);
        AuditFixture.tamper(dir, "DELETE FROM audit_trail WHERE seq = 6");
        int broken = AuditVerifier.run(dir, print);
        int unreadable = AuditVerifier.run(dir.resolve("no-such-dir"), print);

        // Assert
        assertEquals(AuditVerifier.EXIT_INTACT, intact);
        assertEquals(AuditVerifier.EXIT_BROKEN, broken);
        assertEquals(AuditVerifier.EXIT_UNREADABLE, unreadable);
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        assertTrue(lines[0].startsWith("audit trail intact: 10 record(s), head #10 sha256 "), lines[0]);
        assertTrue(lines[1].contains("BROKEN at record #6") && lines[1].contains("DELETED"), lines[1]);
        assertTrue(lines[2].contains("no Osprey database there"), lines[2]);
    }

    private void assertBroken(AuditVerdict.Tampering how, long sequence) {
        AuditVerdict v = AuditVerifier.verify(dir);
        assertEquals(how, v.tampering(), v.describe());
        assertEquals(sequence, v.sequence(), v.describe());
    }

    private byte[] prevHashOf(long seq) {
        // The hash of record seq-1, recomputed from the untouched trail by walking it.
        byte[] previous = AuditHash.GENESIS;
        for (int i = 1; i < seq; i++) {
            AuditRecord r = AuditFixture.decision(i);
            String payload = "{\"clientOrderId\":\"c" + i + "\",\"qty\":\"0.001\",\"symbol\":\"BTCUSDT\"}";
            previous = AuditHash.of(i, r.timeMs(), r.kind().name(), r.actor(), r.reason(), payload, previous);
        }
        return previous;
    }
}
