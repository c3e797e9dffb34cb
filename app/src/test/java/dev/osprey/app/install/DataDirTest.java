package dev.osprey.app.install;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DataDirTest {
    @TempDir
    Path tmp;

    @Test
    void whenFirstRun_thenFoldersAndACopyOfTheBundledConfig() throws Exception {
        Path root = tmp.resolve("fresh/osprey");

        DataDir d = DataDir.prepare(root);

        assertTrue(Files.isDirectory(d.journal()));
        assertTrue(Files.isDirectory(d.logs()));
        try (InputStream bundled = DataDir.class.getResourceAsStream(DataDir.BUNDLED_CONFIG)) {
            assertArrayEquals(bundled.readAllBytes(), Files.readAllBytes(d.config()));
        }
        assertFalse(Files.exists(root.resolve("config.json.partial")));
    }

    @Test
    void whenTraderEditedTheConfig_thenLaterStartsKeepIt() throws Exception {
        DataDir d = DataDir.prepare(tmp);
        Files.writeString(d.config(), "{\"edited\": true}");
        Files.writeString(d.journal().resolve("orders.mv.db"), "journal");

        DataDir.prepare(tmp);

        assertEquals("{\"edited\": true}", Files.readString(d.config()));
        assertEquals("journal", Files.readString(d.journal().resolve("orders.mv.db")));
    }

    @Test
    void whenTheCopyIsAnUntouchedOlderDefault_thenThisVersionsDefaultReplacesIt() throws Exception {
        DataDir d = DataDir.prepare(tmp);
        byte[] olderDefault = "{\"mode\": \"PAPER\", \"older\": true}".getBytes(StandardCharsets.UTF_8);
        Files.write(d.config(), olderDefault);
        Files.writeString(d.copiedDefault(), DataDir.sha256(olderDefault));

        DataDir.prepare(tmp);

        try (InputStream bundled = DataDir.class.getResourceAsStream(DataDir.BUNDLED_CONFIG)) {
            assertArrayEquals(bundled.readAllBytes(), Files.readAllBytes(d.config()));
        }
    }

    @Test
    void whenTipsNotYetShown_thenDueOnce_butNeverInASmokeRun() throws Exception {
        DataDir d = DataDir.prepare(tmp);

        assertTrue(d.tipsDue(false));
        assertFalse(d.tipsDue(true));
        d.markTipsShown();

        assertFalse(d.tipsDue(false));
    }

    @Test
    void whenTheFolderCannotBeMade_thenRefusedNamingThePath() throws Exception {
        Path file = Files.writeString(tmp.resolve("not-a-folder"), "x");

        DataDirException e = assertThrows(DataDirException.class, () -> DataDir.prepare(file.resolve("osprey")));

        assertTrue(e.getMessage().contains(file.resolve("osprey").toString()), e.getMessage());
    }
}
