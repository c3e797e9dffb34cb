package dev.osprey.replay;

import static dev.osprey.replay.Captures.diff;
import static dev.osprey.replay.Captures.level;
import static dev.osprey.replay.Captures.snapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.osprey.core.market.OrderBook;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplayRunnerTest {

    @Test
    void whenBtcCaptureReplayedWithoutSymbol_thenOneJsonLineSummarisesItsFirstSymbol() throws IOException {
        // Act
        ReplaySummary summary = ReplayRunner.runSources(Captures.btcElevenMinutes(), Optional.empty(),
                ReplaySpeed.MAX);

        // Assert: prices and level counts are cross-checked against a naive book in TopOfBookCrossCheckTest.
        assertEquals("{\"symbol\":\"BTCUSDT\",\"events\":99574,\"applied\":6493,\"dropped\":2,\"gaps\":0,"
                + "\"resyncs\":0,\"bestBid\":\"61602.01000000\",\"bestAsk\":\"61602.02000000\",\"bidLevels\":1971,"
                + "\"askLevels\":2962,\"trades\":19904}", summary.toJson());
    }

    @Test
    void whenCaptureFilesGiven_thenReplayedInOrderAsOneStream(@TempDir Path dir) throws IOException {
        // Arrange
        Path first = dir.resolve("a.gz");
        Path second = dir.resolve("b.txt");
        Files.write(first, Captures.gzip(List.of(diff("ETHUSDT", 5, 11, 1000, level("2600.10", "2"), ""),
                snapshot(10, level("2600.00", "1"), level("2600.50", "1")))));
        Files.writeString(second, diff("ETHUSDT", 12, 13, 1100, "", level("2600.50", "0")) + "\n");

        // Act
        ReplaySummary summary = ReplayRunner.run(List.of(first, second), Optional.of("ethusdt"), ReplaySpeed.MAX);

        // Assert
        assertEquals("{\"symbol\":\"ETHUSDT\",\"events\":3,\"applied\":2,\"dropped\":0,\"gaps\":0,\"resyncs\":0,"
                + "\"bestBid\":\"2600.10000000\",\"bestAsk\":null,\"bidLevels\":2,\"askLevels\":0,\"trades\":0}",
                summary.toJson());
        assertEquals(OrderBook.NO_PRICE, summary.bestAsk());
    }

    @Test
    void whenSymbolGiven_thenOnlyThatSymbolIsReplayed() throws IOException {
        // Act
        ReplaySummary summary = ReplayRunner.runSources(List.of(CaptureSource.ofResource(Captures.BTC_0808),
                CaptureSource.ofResource(Captures.ETH_0808)), Optional.of("ethUSDT"), ReplaySpeed.MAX);

        // Assert
        assertEquals("ETHUSDT", summary.symbol());
        assertEquals(33_618, summary.events());
        assertEquals(6_106, summary.trades());
    }

    @Test
    void whenSymbolNotInCapture_thenRefusedNamingIt() {
        // Act
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReplayRunner.runSources(
                List.of(CaptureSource.ofResource(Captures.ETH_0808)), Optional.of("solusdt"), ReplaySpeed.MAX));

        // Assert
        assertEquals("captures [" + Captures.ETH_0808 + "] hold no messages for SOLUSDT", e.getMessage());
    }

    @Test
    void whenCaptureFileMissing_thenIoErrorNamesIt(@TempDir Path dir) {
        // Arrange
        Path missing = dir.resolve("nope.gz");

        // Act
        IOException e = assertThrows(IOException.class,
                () -> ReplayRunner.run(List.of(missing), Optional.empty(), ReplaySpeed.MAX));

        // Assert
        assertEquals(missing.toString(), e.getMessage());
    }
}
