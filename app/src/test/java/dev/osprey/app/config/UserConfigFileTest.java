package dev.osprey.app.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Venue menu's pick is kept in the trader's file, touching nothing else, and each account has its own journal. */
class UserConfigFileTest {
    @TempDir
    Path dir;

    @Test
    void whenAVenueIsSaved_thenOnlyTheVenueFieldsChange() throws Exception {
        Path file = dir.resolve("config.json");
        Files.writeString(file, "{\"replay\": {\"speed\": \"10\"}, \"venue\": {\"kind\": \"paper\", "
                + "\"restUrl\": \"http://127.0.0.1:9\"}}");

        OspreyConfig saved = UserConfigFile.saveVenue(file, "binance", true);

        OspreyConfig reread = ConfigLoader.load(file);
        assertEquals("binance", reread.venue().kind());
        assertTrue(reread.venue().testnet());
        assertEquals("http://127.0.0.1:9", reread.venue().restUrl());
        assertEquals("10", reread.replay().speed());
        assertEquals(saved.venue(), reread.venue());
    }

    @Test
    void whenTheSavedFileWouldNotLoad_thenTheOldFileStaysAsItWas() throws Exception {
        Path file = dir.resolve("config.json");
        String before = "{\"venue\": {\"kind\": \"paper\"}}";
        Files.writeString(file, before);

        assertThrows(ConfigException.class, () -> UserConfigFile.saveVenue(file, "nasdaq", false));

        assertEquals(before, Files.readString(file));
        try (var left = Files.list(dir)) {
            assertEquals(1, left.count(), "no temporary file is left behind");
        }
    }

    @Test
    void eachAccountKeepsItsOwnJournalFolder() throws Exception {
        OspreyConfig base = ConfigLoader.loadDefault();
        Path data = dir.resolve("data");

        assertEquals(data.resolve("journal"), base.journalFolder(data));
        assertEquals(data.resolve("journal-binance"),
                base.withVenue(base.venue().withKind("binance", false)).journalFolder(data));
        assertEquals(data.resolve("journal-binance-testnet"),
                base.withVenue(base.venue().withKind("binance", true)).journalFolder(data));
        assertEquals(data.resolve("journal-kraken"),
                base.withVenue(base.venue().withKind("kraken", false)).journalFolder(data));
    }
}
