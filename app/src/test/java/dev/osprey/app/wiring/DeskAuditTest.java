package dev.osprey.app.wiring;

import dev.osprey.app.config.ConfigLoader;
import dev.osprey.app.config.OspreyConfig;
import dev.osprey.core.journal.JournalDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A durable desk records its config in the audit trail once per change, and its trail stays intact. */
class DeskAuditTest {
    @TempDir
    Path data;

    private long configRecords() throws Exception {
        try (Connection c = JournalDatabase.connectReadOnly(data.resolve("journal"));
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM audit_trail WHERE kind = 'CONFIG_CHANGE'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void start(OspreyConfig config) {
        try (Desk desk = Desk.startPaper(config, data)) {
            assertTrue(desk.verifyAudit().startsWith("audit trail intact"), desk.verifyAudit());
            assertFalse(desk.startup().worthShowing(), "a restart with nothing traded pops nothing up: "
                    + desk.startup().text());
        }
    }

    @Test
    void aConfigChangeIsAuditedOnceAndAnUnchangedConfigNotAgain() throws Exception {
        OspreyConfig config = ConfigLoader.withSpeed(ConfigLoader.loadDefault(), "max");
        start(config);
        start(config);
        assertEquals(1, configRecords(), "the same config twice: one record");

        start(ConfigLoader.withSpeed(config, "3"));
        assertEquals(2, configRecords(), "a changed config: a second record");
    }
}
