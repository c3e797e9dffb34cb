package dev.osprey.app.backtest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.osprey.app.cli.BacktestCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BacktestCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** The first {@code rows} lines of the bundled klines, as a file of its own. */
    private Path klines(int rows) throws IOException {
        try (InputStream in = KlineCsv.class.getResourceAsStream(KlineCsv.BUNDLED)) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.US_ASCII).lines().limit(rows)
                    .toList();
            Path p = dir.resolve("klines.csv");
            Files.write(p, lines);
            return p;
        }
    }

    private static List<String> run(String... args) {
        PrintStream old = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            int code = new CommandLine(new BacktestCommand()).execute(args);
            assertEquals(0, code);
        } finally {
            System.setOut(old);
        }
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void whenRunOnAMonthOfKlines_thenTwoReportsAndAComparisonAsJsonLines() throws IOException {
        // Arrange
        Path file = klines(24 * 31);

        // Act
        List<String> lines = run("--klines", file.toString(), "--fast", "10", "--slow", "30", "--fee-bps", "7.5",
                "--min-days", "3");

        // Assert
        assertEquals(3, lines.size(), String.join("\n", lines));
        JsonNode backtest = JSON.readTree(lines.get(0));
        JsonNode paper = JSON.readTree(lines.get(1));
        JsonNode comparison = JSON.readTree(lines.get(2));
        assertEquals("backtest", backtest.get("run").asText());
        assertEquals("paper", paper.get("run").asText());
        assertEquals("7.5", paper.get("feeBps").asText());
        assertEquals(7, paper.get("criteria").size());
        JsonNode duration = paper.get("criteria").get(0);
        assertEquals("duration_days", duration.get("criterion").asText());
        assertEquals(3.0, duration.get("threshold").asDouble());
        assertTrue(duration.get("pass").asBoolean());
        assertEquals("backtest vs paper", comparison.get("comparison").asText());
        assertTrue(comparison.get("agree").asBoolean(), lines.get(2));
        assertFalse(comparison.get("explanation").asText().isEmpty());
    }
}
