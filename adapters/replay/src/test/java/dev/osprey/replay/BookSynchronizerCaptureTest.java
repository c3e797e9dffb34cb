package dev.osprey.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.osprey.core.market.BookDelta;
import dev.osprey.core.market.BookSnapshot;
import dev.osprey.core.market.FeedState;
import dev.osprey.core.market.FeedStatus;
import dev.osprey.core.market.MarketEvent;
import dev.osprey.core.market.OrderBook;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The synchroniser on the real Binance captures: the acceptance cases from the data README. */
class BookSynchronizerCaptureTest {
    private static final long BTC_SNAPSHOT_ID = 50093239218L;
    private static final Pattern FIRST_ID = Pattern.compile("\"U\":(\\d+)");

    @Test
    void whenSnapshotArrivesAfterThreeDiffs_thenFirstTwoDroppedAndHeldStraddlingDiffAppliedFirst() {
        // Arrange
        RecordingListener listener = new RecordingListener();
        BookSynchronizer sync = new BookSynchronizer("BTCUSDT", listener);

        // Act
        Captures.replay(List.of(CaptureSource.ofResource(Captures.BTC_0808)), sync);

        // Assert
        List<MarketEvent> bookEvents = listener.events().stream()
                .filter(e -> e instanceof BookSnapshot || e instanceof BookDelta).toList();
        BookSnapshot snapshot = (BookSnapshot) bookEvents.get(0);
        BookDelta firstApplied = (BookDelta) bookEvents.get(1);
        assertEquals(BTC_SNAPSHOT_ID, snapshot.lastUpdateId());
        assertEquals(1000, snapshot.bids().size());
        assertEquals(50093239208L, firstApplied.firstUpdateId());
        assertEquals(50093239224L, firstApplied.lastUpdateId());
        assertEquals(2, sync.stats().dropped());
        assertEquals(3451 - 2, sync.stats().applied());
        assertEquals(List.of(FeedState.SYNCING, FeedState.LIVE, FeedState.ENDED), listener.states());
    }

    @Test
    void whenElevenMinuteStreamReplayedAcrossBothFiles_thenNoGapAndEveryMessageCounted() {
        // Arrange
        RecordingListener listener = new RecordingListener();
        BookSynchronizer sync = new BookSynchronizer("BTCUSDT", listener);

        // Act
        Captures.replay(Captures.btcElevenMinutes(), sync);

        // Assert
        SyncStats stats = sync.stats();
        assertEquals(0, stats.gaps());
        assertEquals(0, stats.resyncs());
        assertEquals(41_249 + 58_325, stats.events());
        assertEquals(3_451 + 3_044 - 2, stats.applied());
        assertEquals(2, stats.dropped());
        assertEquals(19_904, stats.trades());
        assertEquals(List.of(FeedState.SYNCING, FeedState.LIVE, FeedState.ENDED), listener.states());
        assertEquals(50093696318L, sync.book().lastUpdateId());
        assertTrue(sync.book().bestBid() < sync.book().bestAsk(), "book is crossed");
    }

    @Test
    void whenOneDiffDeletedMidStream_thenExactlyOneGapAndOneResync() {
        // Arrange
        List<String> lines = new ArrayList<>(Captures.lines(Captures.BTC_0809));
        List<Integer> depthLines = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("@depth@100ms")) {
                depthLines.add(i);
            }
        }
        long deletedU = firstId(lines.get(depthLines.get(500)));
        long nextU = firstId(lines.get(depthLines.get(501)));
        lines.remove((int) depthLines.get(500));
        List<CaptureSource> capture = List.of(CaptureSource.ofResource(Captures.BTC_0808),
                Captures.plain("btcusdt_20240809 without one diff", lines));
        RecordingListener listener = new RecordingListener();
        BookSynchronizer sync = new BookSynchronizer("BTCUSDT", listener);

        // Act
        Captures.replay(capture, sync);

        // Assert
        assertEquals(1, sync.stats().gaps());
        assertEquals(1, sync.stats().resyncs());
        assertEquals(List.of(FeedState.SYNCING, FeedState.LIVE, FeedState.RESYNCING, FeedState.ENDED),
                listener.states());
        FeedStatus resyncing = listener.statuses().get(2);
        assertEquals("gap: expected U=" + deletedU + " got U=" + nextU, resyncing.detail());
        // The capture holds no later snapshot, so the discarded book stays empty rather than wrong.
        assertEquals(OrderBook.NO_PRICE, sync.book().bestBid());
    }

    @Test
    void whenEthCaptureReplayed_thenItSyncsOnItsSnapshotWithoutGaps() {
        // Arrange
        RecordingListener listener = new RecordingListener();
        BookSynchronizer sync = new BookSynchronizer("ETHUSDT", listener);

        // Act
        Captures.replay(List.of(CaptureSource.ofResource(Captures.ETH_0808)), sync);

        // Assert
        assertEquals(35346513512L, listener.snapshots().get(0).lastUpdateId());
        assertEquals(List.of(FeedState.SYNCING, FeedState.LIVE, FeedState.ENDED), listener.states());
        assertEquals(0, sync.stats().gaps());
        assertEquals(3_434 - 2, sync.stats().applied());
        assertEquals(35346671849L, sync.book().lastUpdateId());
        assertTrue(sync.book().bestBid() < sync.book().bestAsk(), "book is crossed");
    }

    private static long firstId(String line) {
        Matcher m = FIRST_ID.matcher(line);
        assertTrue(m.find(), "no U in " + line);
        return Long.parseLong(m.group(1));
    }
}
