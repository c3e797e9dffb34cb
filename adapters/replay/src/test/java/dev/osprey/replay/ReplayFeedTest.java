package dev.osprey.replay;

import static dev.osprey.replay.Captures.diff;
import static dev.osprey.replay.Captures.level;
import static dev.osprey.replay.Captures.snapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.osprey.core.market.FeedState;
import dev.osprey.core.market.FeedStatus;
import dev.osprey.core.market.MarketEvent;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReplayFeedTest {
    private static final String BID = level("100.00", "1.0");
    private static final String ASK = level("101.00", "1.0");

    /** Diffs at E = 1000 and 1100, a book ticker without E, a trade at 1300. */
    private static CaptureSource paced() {
        return Captures.plain("paced", List.of(
                diff("BTCUSDT", 9, 11, 1000, BID, ""),
                snapshot(10, BID, ASK),
                Captures.bookTicker("BTCUSDT", 11),
                diff("BTCUSDT", 12, 12, 1100, "", ASK),
                Captures.trade("BTCUSDT", 1, "100.50", "0.1", 1300)));
    }

    @ParameterizedTest
    @CsvSource({"1x,'100,200'", "10x,'10,20'", "max,''"})
    void whenReplayedAtSpeed_thenWaitsEventTimeDifferencesDividedBySpeed(String speed, String expectedWaits)
            throws InterruptedException {
        // Arrange
        FakePacingClock clock = new FakePacingClock();
        RecordingListener listener = RecordingListener.untilEnded();
        ReplayFeed feed = new ReplayFeed(List.of(paced()), ReplaySpeed.parse(speed), false, clock);
        feed.subscribe("BTCUSDT", listener);

        // Act
        feed.start();
        listener.awaitDone();
        feed.close();

        // Assert
        List<Long> expected = expectedWaits.isEmpty() ? List.of()
                : java.util.Arrays.stream(expectedWaits.split(",")).map(Long::valueOf).toList();
        assertEquals(expected, clock.waitsMillis());
        assertEquals(1300, feed.replayTimeMs());
        assertEquals(5, feed.stats("BTCUSDT").events());
    }

    @Test
    void whenLooping_thenCaptureStartsOverAndBookResyncsFromItsSnapshot() throws InterruptedException {
        // Arrange
        RecordingListener listener = new RecordingListener(
                events -> states(events).equals(List.of(FeedState.SYNCING, FeedState.LIVE, FeedState.SYNCING,
                        FeedState.LIVE)));
        ReplayFeed feed = new ReplayFeed(List.of(paced()), ReplaySpeed.MAX, true, new FakePacingClock());
        feed.subscribe("BTCUSDT", listener);

        // Act
        feed.start();
        listener.awaitDone();
        feed.close();

        // Assert
        assertEquals(List.of(FeedState.SYNCING, FeedState.LIVE, FeedState.SYNCING, FeedState.LIVE),
                listener.states().subList(0, 4));
        assertTrue(listener.snapshots().size() >= 2, "the second pass must start from a fresh snapshot");
        assertEquals(0, feed.stats("BTCUSDT").gaps());
        assertFalse(listener.deliveringThread().isAlive(), "replay thread still running after close()");
    }

    @Test
    void whenClosedDuringLongPacedWait_thenReplayThreadStopsPromptly() throws InterruptedException {
        // Arrange: real clock, the next diff is an hour of event time away.
        RecordingListener listener = new RecordingListener(events -> states(events).contains(FeedState.LIVE));
        ReplayFeed feed = new ReplayFeed(List.of(Captures.plain("slow", List.of(
                diff("BTCUSDT", 9, 11, 1000, BID, ""), snapshot(10, BID, ASK),
                diff("BTCUSDT", 12, 12, 3_601_000, BID, "")))), ReplaySpeed.REAL_TIME, false);
        feed.subscribe("BTCUSDT", listener);
        feed.start();
        listener.awaitDone();

        // Act
        assertTimeoutPreemptively(Duration.ofSeconds(3), feed::close);

        // Assert
        Thread replayThread = listener.deliveringThread();
        assertEquals(ReplayFeed.THREAD_NAME, replayThread.getName());
        assertTrue(replayThread.isDaemon());
        assertFalse(replayThread.isAlive());
        assertFalse(listener.states().contains(FeedState.ENDED), "the replay cannot have reached its end");
    }

    @Test
    void whenTwoSymbolsSubscribedInAnyCase_thenEachListenerGetsOnlyItsOwnSyncedBook() throws InterruptedException {
        // Arrange
        RecordingListener btc = RecordingListener.untilEnded();
        RecordingListener eth = RecordingListener.untilEnded();
        List<CaptureSource> captures = List.of(CaptureSource.ofResource(Captures.BTC_0808),
                CaptureSource.ofResource(Captures.BTC_0809), CaptureSource.ofResource(Captures.ETH_0808));
        ReplayFeed feed = new ReplayFeed(captures, ReplaySpeed.MAX, false);
        feed.subscribe("btcusdt", btc);
        feed.subscribe("EthUsdt", eth);

        // Act
        feed.start();
        btc.awaitDone();
        eth.awaitDone();
        feed.close();

        // Assert
        assertTrue(btc.events().stream().allMatch(e -> e.symbol().equals("BTCUSDT")));
        assertTrue(eth.events().stream().allMatch(e -> e.symbol().equals("ETHUSDT")));
        assertEquals(List.of(FeedState.SYNCING, FeedState.LIVE, FeedState.ENDED), btc.states());
        assertEquals(List.of(FeedState.SYNCING, FeedState.LIVE, FeedState.ENDED), eth.states());
        assertEquals(new SyncStats(99_574, 6_493, 2, 0, 0, 19_904), feed.stats("BTCUSDT"));
        assertEquals(33_618, feed.stats("ethusdt").events());
        assertEquals(FeedState.ENDED, feed.state("BTCUSDT"));
        assertEquals(0, feed.malformedLines());
    }

    @Test
    void whenSubscribingAfterStart_thenRefused() {
        // Arrange
        ReplayFeed feed = new ReplayFeed(List.of(paced()), ReplaySpeed.MAX, false, new FakePacingClock());
        feed.start();

        // Act + Assert
        try (feed) {
            assertThrows(IllegalStateException.class, () -> feed.subscribe("BTCUSDT", e -> { }));
        }
    }

    @Test
    void whenCaptureCannotBeOpened_thenListenersSeeDisconnectedWithTheReason() throws InterruptedException {
        // Arrange
        RecordingListener listener = new RecordingListener(
                events -> states(events).contains(FeedState.DISCONNECTED));
        ReplayFeed feed = new ReplayFeed(List.of(CaptureSource.ofResource("/osprey/data/missing.gz")),
                ReplaySpeed.MAX, false);
        feed.subscribe("BTCUSDT", listener);

        // Act
        feed.start();
        listener.awaitDone();
        feed.close();

        // Assert
        FeedStatus last = listener.statuses().get(listener.statuses().size() - 1);
        assertEquals("replay failed: capture resource not on the class path: /osprey/data/missing.gz", last.detail());
    }

    private static List<FeedState> states(List<MarketEvent> events) {
        return events.stream().filter(FeedStatus.class::isInstance).map(e -> ((FeedStatus) e).state()).toList();
    }
}
