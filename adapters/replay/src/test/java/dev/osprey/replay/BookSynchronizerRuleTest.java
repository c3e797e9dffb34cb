package dev.osprey.replay;

import static dev.osprey.replay.Captures.diff;
import static dev.osprey.replay.Captures.level;
import static dev.osprey.replay.Captures.snapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.osprey.core.market.FeedState;
import dev.osprey.core.market.OrderBook;
import dev.osprey.core.market.Scaled;
import dev.osprey.core.market.TradePrint;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Binance's sync rule, edge by edge, on small hand-made captures. */
class BookSynchronizerRuleTest {
    private static final String BID = level("100.00", "1.0");
    private static final String ASK = level("101.00", "2.0");

    private final RecordingListener listener = new RecordingListener();
    private final BookSynchronizer sync = new BookSynchronizer("BTCUSDT", listener);

    @Test
    void whenSnapshotOlderThanEveryHeldDiff_thenGapAndResync() {
        // Arrange: the held diff starts at 15, but the snapshot only reaches 10.
        List<String> lines = List.of(diff("BTCUSDT", 15, 20, 1000, BID, ""), snapshot(10, BID, ASK));

        // Act
        replay(lines);

        // Assert
        assertEquals(List.of(FeedState.SYNCING, FeedState.RESYNCING, FeedState.ENDED), listener.states());
        assertEquals("gap: snapshot lastUpdateId=10 but the next diff starts at U=15",
                listener.statuses().get(1).detail());
        assertEquals(1, sync.stats().gaps());
        assertEquals(1, sync.stats().resyncs());
        assertTrue(listener.snapshots().isEmpty(), "an unusable snapshot must not reach consumers");
    }

    @Test
    void whenSnapshotNewerThanHeldDiffs_thenWaitsForTheArrivingDiffThatStraddlesIt() {
        // Arrange
        List<String> lines = List.of(
                diff("BTCUSDT", 1, 5, 1000, level("99.00", "1.0"), ""),
                snapshot(10, BID, ASK),
                diff("BTCUSDT", 6, 9, 1100, level("98.00", "1.0"), ""),
                diff("BTCUSDT", 9, 12, 1200, level("100.50", "3.0"), ""));

        // Act
        replay(lines);

        // Assert
        assertEquals(List.of(FeedState.SYNCING, FeedState.LIVE, FeedState.ENDED), listener.states());
        assertEquals(2, sync.stats().dropped());
        assertEquals(1, sync.stats().applied());
        assertEquals(Scaled.parse("100.50"), sync.book().bestBid());
        assertEquals(0, sync.book().sizeAt(true, Scaled.parse("98.00")), "a dropped diff leaked into the book");
    }

    @Test
    void whenNewSnapshotLinesUpAfterGap_thenLiveAgainWithHeldDiffsApplied() {
        // Arrange
        List<String> lines = List.of(
                snapshot(10, BID, ASK),
                diff("BTCUSDT", 11, 12, 1000, "", ""),
                diff("BTCUSDT", 14, 15, 1100, level("100.00", "0"), ""),
                diff("BTCUSDT", 16, 18, 1200, level("99.50", "4.0"), ""),
                snapshot(15, level("99.00", "7.0"), ASK));

        // Act
        replay(lines);

        // Assert
        assertEquals(List.of(FeedState.SYNCING, FeedState.LIVE, FeedState.RESYNCING, FeedState.LIVE,
                FeedState.ENDED), listener.states());
        assertEquals("gap: expected U=13 got U=14", listener.statuses().get(2).detail());
        assertEquals(Scaled.parse("99.50"), sync.book().bestBid());
        assertEquals(18, sync.book().lastUpdateId());
        assertEquals(1, sync.stats().resyncs());
        assertEquals(2, listener.snapshots().size());
    }

    @Test
    void whenDiffRepeatsWhileLive_thenDroppedWithoutGap() {
        // Arrange
        List<String> lines = List.of(
                snapshot(10, BID, ASK),
                diff("BTCUSDT", 11, 12, 1000, level("100.00", "5.0"), ""),
                diff("BTCUSDT", 11, 12, 1000, level("100.00", "5.0"), ""),
                diff("BTCUSDT", 13, 13, 1100, "", level("101.00", "0")));

        // Act
        replay(lines);

        // Assert
        assertEquals(0, sync.stats().gaps());
        assertEquals(1, sync.stats().dropped());
        assertEquals(2, sync.stats().applied());
        assertEquals(OrderBook.NO_PRICE, sync.book().bestAsk());
    }

    @Test
    void whenTradeArrivesBeforeBookIsInSync_thenTradePrintStillDelivered() {
        // Arrange
        List<String> lines = List.of(Captures.trade("BTCUSDT", 77, "100.25", "0.5", 1000),
                Captures.bookTicker("BTCUSDT", 3));

        // Act
        replay(lines);

        // Assert
        TradePrint print = listener.events().stream().filter(TradePrint.class::isInstance)
                .map(TradePrint.class::cast).findFirst().orElseThrow();
        assertEquals(new TradePrint("BTCUSDT", 77, Scaled.parse("100.25"), Scaled.parse("0.5"), true, 1000, 1000),
                print);
        assertEquals(2, sync.stats().events());
        assertEquals(1, sync.stats().trades());
    }

    @Test
    void whenLiveBookIsEnded_thenLaterSnapshotCannotRevive() {
        // Arrange
        replay(List.of(snapshot(10, BID, ASK), diff("BTCUSDT", 11, 11, 1000, "", "")));

        // Act
        Captures.feed(List.of(Captures.plain("late", List.of(snapshot(20, BID, ASK),
                diff("BTCUSDT", 21, 21, 1100, "", "")))), sync);

        // Assert
        assertEquals(FeedState.ENDED, sync.state());
        assertEquals(List.of(FeedState.SYNCING, FeedState.LIVE, FeedState.ENDED), listener.states());
    }

    private void replay(List<String> lines) {
        Captures.replay(List.of(Captures.plain("hand-made", lines)), sync);
    }
}
