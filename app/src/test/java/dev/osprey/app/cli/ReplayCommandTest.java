package dev.osprey.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReplayCommandTest {
    private static final Path DATA = Path.of("../resources/src/main/resources/osprey/data");
    private static final String BTC_0808 = DATA.resolve("binance-spot-btcusdt_20240808.hftbacktest-raw.gz").toString();
    private static final String BTC_0809 = DATA.resolve("binance-spot-btcusdt_20240809.hftbacktest-raw.gz").toString();

    @Test
    void whenBothBtcFilesReplayed_thenLastLineIsTheJsonSummary() throws Exception {
        CliRun r = CliRun.of("replay", "--capture", BTC_0808, "--capture", BTC_0809, "--speed", "max");

        assertEquals(0, r.exit(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.lastLine());
        assertEquals(List.of("symbol", "events", "applied", "dropped", "gaps", "resyncs", "bestBid", "bestAsk",
                "bidLevels", "askLevels", "trades"), iterable(j));
        assertEquals("BTCUSDT", j.get("symbol").asText());
        // line and trade counts from shared/data/README.md: 41,249 + 58,325 lines, 19,904 trades
        assertEquals(99_574, j.get("events").asLong());
        assertEquals(19_904, j.get("trades").asLong());
        assertEquals(0, j.get("gaps").asLong());
        assertEquals(0, j.get("resyncs").asLong());
        assertEquals(2, j.get("dropped").asLong(), "the two diffs before the snapshot are dropped");
        assertTrue(j.get("bestBid").asText().matches("\\d+\\.\\d{8}"), j.get("bestBid").asText());
        assertTrue(j.get("bestBid").asText().compareTo(j.get("bestAsk").asText()) < 0, "book is not crossed");
    }

    @Test
    void whenCaptureMissing_thenNonZeroExitNamingTheFile() {
        CliRun r = CliRun.of("replay", "--capture", "no-such-file.gz");

        assertEquals(1, r.exit());
        assertTrue(r.err().contains("no-such-file.gz"), r.err());
        assertTrue(r.out().isEmpty());
    }

    @Test
    void whenSpeedIsNonsense_thenUsageErrorAndNothingReplayed() {
        CliRun r = CliRun.of("replay", "--capture", BTC_0808, "--speed", "fast");

        assertEquals(2, r.exit());
        assertTrue(r.err().contains("fast"), r.err());
        assertTrue(r.out().isEmpty());
    }

    private static List<String> iterable(JsonNode j) {
        List<String> names = new java.util.ArrayList<>();
        j.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
