package dev.osprey.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A paper session journals its fills with {@code paper --data-dir}; {@code report} reads that journal back. */
class ReportCommandTest {
    private static final String BTC_0808 = Path.of("../resources/src/main/resources/osprey/data")
            .resolve("binance-spot-btcusdt_20240808.hftbacktest-raw.gz").toString();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void whenAPaperSessionIsReported_thenTheFiguresEqualThoseComputedFromItsPrintedFills() throws IOException {
        Path data = dir.resolve("data");
        Path script = dir.resolve("orders.jsonl");
        Files.write(script, List.of(
                "{\"at\": 5000, \"cmd\": \"order\", \"id\": \"b1\", \"side\": \"BUY\", \"type\": \"MARKET\", "
                        + "\"qty\": \"0.02\"}",
                "{\"at\": 60000, \"cmd\": \"order\", \"id\": \"s1\", \"side\": \"SELL\", \"type\": \"MARKET\", "
                        + "\"qty\": \"0.02\"}",
                "{\"at\": 120000, \"cmd\": \"order\", \"id\": \"b2\", \"side\": \"BUY\", \"type\": \"MARKET\", "
                        + "\"qty\": \"0.01\"}"));
        CliRun paper = CliRun.of("paper", "--capture", BTC_0808, "--script", script.toString(), "--data-dir",
                data.toString());
        assertEquals(0, paper.exit(), paper.err());
        List<JsonNode> fills = new ArrayList<>();
        for (String line : paper.out().lines().toList()) {
            JsonNode n = JSON.readTree(line);
            if (n.get("event").asText().equals("fill")) {
                fills.add(n);
            }
        }
        // Independent computation from the fills the session printed: the first round trip (b1 then s1) is closed,
        // b2 stays open at its own price, every fee is in USDT.
        BigDecimal bought = notional(fills, "b1");
        BigDecimal sold = notional(fills, "s1");
        BigDecimal fees = fills.stream().peek(f -> assertEquals("USDT", f.get("feeAsset").asText()))
                .map(f -> new BigDecimal(f.get("fee").asText())).reduce(BigDecimal.ZERO, BigDecimal::add);
        LocalDate day = Instant.ofEpochMilli(fills.get(0).get("time").asLong()).atZone(ZoneOffset.UTC).toLocalDate();

        Path out = dir.resolve("reports");
        CliRun report = CliRun.of("report", "--period", "daily", "--date", day.toString(), "--out", out.toString(),
                "--data-dir", data.toString());

        assertEquals(0, report.exit(), report.err());
        assertTrue(report.out().startsWith("daily " + day + " (UTC): 1 trades"), report.out());
        Map<String, String> summary = csv(out.resolve("daily-" + day + "-summary.csv"));
        money(sold.subtract(bought), summary.get("realised_pnl"));
        money(fees, summary.get("fees"));
        money(sold.subtract(bought).subtract(fees), summary.get("net_pnl"));
        money(BigDecimal.ZERO, summary.get("unrealised_pnl"));
        assertEquals(Integer.toString(fills.size()), summary.get("fills"));
        assertEquals("1", summary.get("trades"));
        String html = Files.readString(out.resolve("daily-" + day + ".html"));
        assertTrue(html.contains("<svg ") && html.contains("BTCUSDT"), "charts and the per-symbol table");
    }

    @Test
    void whenTheRangeIsBackwards_thenExit2WithAClearError_andNothingIsWritten() {
        Path out = dir.resolve("reports");

        CliRun r = CliRun.of("report", "--period", "custom", "--from", "2024-08-09", "--to", "2024-08-08", "--out",
                out.toString(), "--data-dir", dir.toString());

        assertEquals(2, r.exit());
        assertTrue(r.err().contains("--to 2024-08-08 is before --from 2024-08-09"), r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void whenTheDataDirHasNoJournal_thenExit1NamingIt() {
        CliRun r = CliRun.of("report", "--period", "weekly", "--date", "2024-08-08", "--out",
                dir.resolve("r").toString(), "--data-dir", dir.toString());

        assertEquals(1, r.exit());
        assertTrue(r.err().contains("no journal in " + dir), r.err());
    }

    private static BigDecimal notional(List<JsonNode> fills, String id) {
        return fills.stream().filter(f -> f.get("id").asText().equals(id))
                .map(f -> new BigDecimal(f.get("price").asText()).multiply(new BigDecimal(f.get("qty").asText())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static Map<String, String> csv(Path file) throws IOException {
        Map<String, String> m = new LinkedHashMap<>();
        Files.readAllLines(file).stream().skip(1).forEach(l -> m.put(l.split(",")[0], l.split(",")[1]));
        return m;
    }

    private static void money(BigDecimal expected, String actual) {
        assertEquals(0, expected.compareTo(new BigDecimal(actual)), "expected " + expected + " but was " + actual);
    }
}
