package dev.osprey.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PaperCommandTest {
    private static final String BTC_0808 = Path.of("../resources/src/main/resources/osprey/data")
            .resolve("binance-spot-btcusdt_20240808.hftbacktest-raw.gz").toString();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path script(String... lines) throws IOException {
        Path p = dir.resolve("orders.jsonl");
        Files.write(p, List.of(lines));
        return p;
    }

    private static List<JsonNode> events(CliRun r) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : r.out().lines().toList()) {
            out.add(JSON.readTree(line));
        }
        return out;
    }

    @Test
    void whenScriptBuysThenSells_thenEveryEventIsJson_andTheSummaryAddsUp() throws IOException {
        Path s = script(
                "{\"at\": 5000, \"cmd\": \"order\", \"id\": \"m1\", \"side\": \"BUY\", \"type\": \"MARKET\", "
                        + "\"qty\": \"0.02\"}",
                "{\"at\": 60000, \"cmd\": \"order\", \"id\": \"m2\", \"side\": \"SELL\", \"type\": \"MARKET\", "
                        + "\"qty\": \"0.01\"}");

        CliRun r = CliRun.of("paper", "--capture", BTC_0808, "--script", s.toString());

        assertEquals(0, r.exit(), r.err());
        List<JsonNode> events = events(r);
        JsonNode summary = events.get(events.size() - 1);
        assertEquals("summary", summary.get("event").asText());
        List<JsonNode> fills = events.stream().filter(e -> e.get("event").asText().equals("fill")).toList();
        BigDecimal bought = sum(fills, "BUY");
        BigDecimal sold = sum(fills, "SELL");
        assertEquals(0, new BigDecimal("0.02").compareTo(bought));
        assertEquals(0, new BigDecimal("0.01").compareTo(sold));
        JsonNode position = summary.get("positions").get(0);
        assertEquals(0, bought.subtract(sold).compareTo(new BigDecimal(position.get("qty").asText())),
                "position = sum of fills");
        BigDecimal fees = fills.stream().map(f -> new BigDecimal(f.get("fee").asText()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, fees.compareTo(new BigDecimal(summary.get("fees").asText())));
    }

    @Test
    void whenRunTwice_thenOutputIsIdenticalByteForByte() throws IOException {
        Path s = script(
                "{\"at\": 1000, \"cmd\": \"order\", \"id\": \"l1\", \"side\": \"BUY\", \"type\": \"LIMIT\", "
                        + "\"qty\": \"0.01\", \"price\": \"61800.00\"}",
                "{\"at\": 2000, \"cmd\": \"order\", \"id\": \"b1\", \"side\": \"BUY\", \"type\": \"MARKET\", "
                        + "\"qty\": \"0.01\", \"bracket\": {\"stopLossPercent\": \"0.1\", \"takeProfitPercent\": \"5\"}}",
                "{\"at\": 120000, \"cmd\": \"kill\"}");

        CliRun first = CliRun.of("paper", "--capture", BTC_0808, "--script", s.toString());
        CliRun second = CliRun.of("paper", "--capture", BTC_0808, "--script", s.toString());

        assertEquals(0, first.exit(), first.err());
        assertTrue(first.out().lines().count() > 10, first.out());
        assertEquals(first.out(), second.out());
    }

    @Test
    void whenDataDirGiven_thenTheSessionLeavesAnAuditTrailThatVerifies() throws IOException {
        Path s = script(
                "{\"at\": 1000, \"cmd\": \"order\", \"id\": \"m1\", \"side\": \"BUY\", \"type\": \"MARKET\", "
                        + "\"qty\": \"0.01\"}",
                "{\"at\": 2000, \"cmd\": \"kill\"}");
        Path data = dir.resolve("data");

        CliRun run = CliRun.of("paper", "--capture", BTC_0808, "--script", s.toString(), "--data-dir", data.toString());
        CliRun verify = CliRun.of("verify-audit", "--data-dir", data.toString());

        assertEquals(0, run.exit(), run.err());
        assertTrue(Files.isDirectory(data.resolve("journal")));
        assertEquals(0, verify.exit(), verify.out() + verify.err());
    }

    @Test
    void whenAScriptLineIsBad_thenNothingRuns_andTheLineIsNamed() throws IOException {
        Path s = script(
                "{\"at\": 1000, \"cmd\": \"order\", \"id\": \"a\", \"side\": \"BUY\", \"type\": \"MARKET\", \"qty\": \"0.01\"}",
                "{\"at\": 2000, \"cmd\": \"order\", \"id\": \"b\", \"side\": \"UP\", \"type\": \"MARKET\", \"qty\": \"1\"}");

        CliRun r = CliRun.of("paper", "--capture", BTC_0808, "--script", s.toString());

        assertEquals(2, r.exit());
        assertTrue(r.err().contains("line 2") && r.err().contains("side"), r.err());
        assertTrue(r.out().isEmpty(), "nothing traded");
    }

    private static BigDecimal sum(List<JsonNode> fills, String side) {
        return fills.stream().filter(f -> f.get("side").asText().equals(side))
                .map(f -> new BigDecimal(f.get("qty").asText())).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
