package dev.osprey.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReplayCommandTest {
    private static final Path DATA = Path.of("../resources/src/main/resources/osprey/data");
    private static final String BTC_0808 = DATA.resolve("binance-spot-btcusdt_20240808.hftbacktest-raw.gz").toString();
    private static final String BTC_0809 = DATA.resolve("binance-spot-btcusdt_20240809.hftbacktest-raw.gz").toString();

    private record Run(int exit, String out, String err) {
        String lastLine() {
            List<String> lines = out.lines().toList();
            return lines.get(lines.size() - 1);
        }
    }

    private static Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = new CommandLine(new OspreyCommand()).execute(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void whenBothBtcFilesReplayed_thenLastLineIsTheJsonSummary() throws Exception {
        Run r = run("replay", "--capture", BTC_0808, "--capture", BTC_0809, "--speed", "max");

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
        Run r = run("replay", "--capture", "no-such-file.gz");

        assertEquals(1, r.exit());
        assertTrue(r.err().contains("no-such-file.gz"), r.err());
        assertTrue(r.out().isEmpty());
    }

    @Test
    void whenSpeedIsNonsense_thenUsageErrorAndNothingReplayed() {
        Run r = run("replay", "--capture", BTC_0808, "--speed", "fast");

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
