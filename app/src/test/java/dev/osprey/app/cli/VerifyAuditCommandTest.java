package dev.osprey.app.cli;

import dev.osprey.core.audit.AuditKind;
import dev.osprey.core.audit.AuditRecord;
import dev.osprey.core.audit.AuditTrail;
import dev.osprey.core.journal.JournalCodec;
import dev.osprey.core.journal.JournalDatabase;
import dev.osprey.core.journal.JournalWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VerifyAuditCommandTest {

    private static void writeTrail(Path journalDir) throws Exception {
        JournalDatabase db = JournalDatabase.open(journalDir);
        JournalWriter writer = JournalWriter.start(db, new JournalCodec());
        AuditTrail audit = new AuditTrail(writer);
        for (int i = 1; i <= 3; i++) {
            audit.record(new AuditRecord(i, AuditKind.ORDER_INTENT, "trader", "ticket",
                    Map.of("clientOrderId", "c" + i))).get(10, TimeUnit.SECONDS);
        }
        writer.close();
        db.close();
    }

    @Test
    void whenTheTrailIsIntact_thenExitZero(@TempDir Path dataDir) throws Exception {
        writeTrail(dataDir.resolve("journal"));

        CliRun r = CliRun.of("verify-audit", "--data-dir", dataDir.toString());

        assertEquals(0, r.exit(), r.out() + r.err());
    }

    @Test
    void whenTheDataDirHoldsNoJournal_thenExitTwo(@TempDir Path dataDir) {
        CliRun r = CliRun.of("verify-audit", "--data-dir", dataDir.resolve("nothing-here").toString());

        assertEquals(2, r.exit(), r.out() + r.err());
        assertTrue(!r.out().isEmpty() || !r.err().isEmpty(), "says why");
    }
}
