package dev.osprey.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.osprey.core.market.Level;
import dev.osprey.core.market.Scaled;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The synchronised book's top must match a rebuild that shares no code with it. */
class TopOfBookCrossCheckTest {
    private static final int DEPTH = 20;

    @Test
    void whenElevenMinutesOfBtcReplayed_thenTopTwentyLevelsMatchNaiveRebuild() {
        // Arrange
        NaiveBook expected = NaiveBook.rebuild("BTCUSDT",
                Captures.concat(Captures.lines(Captures.BTC_0808), Captures.lines(Captures.BTC_0809)));

        // Act
        ReplaySummary summary = replaySummary(Captures.btcElevenMinutes(), "BTCUSDT");
        BookSynchronizer sync = new BookSynchronizer("BTCUSDT", event -> { });
        Captures.replay(Captures.btcElevenMinutes(), sync);

        // Assert
        assertEquals(expected.bids.firstKey().toPlainString(), Scaled.format(summary.bestBid()));
        assertEquals(expected.asks.firstKey().toPlainString(), Scaled.format(summary.bestAsk()));
        assertEquals(expected.bids.size(), summary.bidLevels());
        assertEquals(expected.asks.size(), summary.askLevels());
        assertEquals(NaiveBook.top(expected.bids, DEPTH), text(sync.book().topBids(DEPTH)));
        assertEquals(NaiveBook.top(expected.asks, DEPTH), text(sync.book().topAsks(DEPTH)));
    }

    @Test
    void whenEthReplayed_thenTopTwentyLevelsMatchNaiveRebuild() {
        // Arrange
        NaiveBook expected = NaiveBook.rebuild("ETHUSDT", Captures.lines(Captures.ETH_0808));
        BookSynchronizer sync = new BookSynchronizer("ETHUSDT", event -> { });

        // Act
        Captures.replay(List.of(CaptureSource.ofResource(Captures.ETH_0808)), sync);

        // Assert
        assertEquals(NaiveBook.top(expected.bids, DEPTH), text(sync.book().topBids(DEPTH)));
        assertEquals(NaiveBook.top(expected.asks, DEPTH), text(sync.book().topAsks(DEPTH)));
        assertEquals(expected.bids.size(), sync.book().bidLevels());
        assertEquals(expected.asks.size(), sync.book().askLevels());
    }

    private static ReplaySummary replaySummary(List<CaptureSource> sources, String symbol) {
        try {
            return ReplayRunner.runSources(sources, java.util.Optional.of(symbol), ReplaySpeed.MAX);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> text(List<Level> levels) {
        return levels.stream().map(l -> Scaled.format(l.price()) + " " + Scaled.format(l.qty())).toList();
    }
}
