package dev.osprey.app.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The venue setting: paper by default, binance with testnet and URLs; a bad value is named and refused. */
class VenueConfigTest {
    @TempDir
    Path dir;

    private OspreyConfig load(String json) throws Exception {
        Path f = dir.resolve("config.json");
        Files.writeString(f, json);
        return ConfigLoader.load(f);
    }

    private String errorFor(String json) {
        return assertThrows(ConfigException.class, () -> load(json)).getMessage();
    }

    @Test
    void whenNothingIsSaid_thenTheDeskIsPaper() throws Exception {
        assertTrue(ConfigLoader.loadDefault().venue().paper());
        assertTrue(load("{}").venue().paper(), "a user's file written before the setting existed stays paper");
    }

    @Test
    void whenBinanceTestnetIsChosen_thenItLoadsWithItsUrls() throws Exception {
        OspreyConfig c = load("""
                {"venue": {"kind": "binance", "testnet": true, "restUrl": "http://127.0.0.1:8080"}}""");

        assertFalse(c.venue().paper());
        assertTrue(c.venue().testnet());
        assertEquals("http://127.0.0.1:8080", c.venue().restUrl());
    }

    @Test
    void whenTheKindIsUnknown_thenRefusedNamingIt() {
        String e = errorFor("{\"venue\": {\"kind\": \"mtgox\"}}");

        assertTrue(e.contains("venue.kind must be one of [paper, binance, kraken, coinbase], was mtgox"), e);
    }

    @Test
    void whenAUrlHasTheWrongScheme_thenRefusedNamingTheUrl() {
        String e = errorFor("{\"venue\": {\"kind\": \"binance\", \"marketStreamUrl\": \"http://127.0.0.1:9\"}}");

        assertTrue(e.contains("venue: marketStream URL must start with ws:// or wss://"), e);
    }
}
