package dev.osprey.app.cli;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StrategiesCommandTest {

    private static CliRun withInput(String stdin, String... args) {
        InputStream old = System.in;
        try {
            System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
            return CliRun.of(args);
        } finally {
            System.setIn(old);
        }
    }

    @Test
    void whenStrategiesAreStartedListedAndStopped_thenEachStepIsReported_andBadLinesChangeNothing() {
        CliRun run = withInput(String.join("\n",
                "start BTCUSDT 5 3",
                "start BTCUSDT 2 3",
                "list",
                "stop ma-BTCUSDT-9-10",
                "wait 1",
                "stop ma-BTCUSDT-2-3",
                "list",
                "report ma-BTCUSDT-2-3",
                "quit", ""), "strategies", "--speed", "20", "--candle-ms", "5000");

        List<String> lines = run.out().lines().toList();
        assertEquals(0, run.exit(), run.err());
        assertTrue(lines.get(0).startsWith("error: need 1 <= fast < slow"), lines.get(0));
        assertEquals("started ma-BTCUSDT-2-3", lines.get(1));
        assertTrue(lines.get(2).startsWith("ma-BTCUSDT-2-3 RUNNING orders="), lines.get(2));
        assertEquals("error: no strategy named ma-BTCUSDT-9-10", lines.get(3));
        assertEquals("stopped ma-BTCUSDT-2-3", lines.get(4));
        assertTrue(lines.get(5).startsWith("ma-BTCUSDT-2-3 STOPPED orders="), lines.get(5));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("ma-BTCUSDT-2-3 Win rate (%)")), run.out());
        assertTrue(lines.contains("ma-BTCUSDT-2-3 report fails"), "a few seconds of paper trading cannot pass");
    }

    @Test
    void whenCandlesAreShorterThanASecond_thenRefusedBeforeAnythingStarts() {
        CliRun run = withInput("quit\n", "strategies", "--candle-ms", "10");

        assertEquals(2, run.exit());
        assertTrue(run.err().contains("strategies.candleMs must be at least 1000"), run.err());
    }
}
