package dev.osprey.binance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.osprey.binance.fake.CaptureLines;
import dev.osprey.binance.fake.FakeBinance;
import dev.osprey.core.market.BookSnapshot;
import dev.osprey.core.market.FeedState;
import dev.osprey.core.market.FeedStatus;
import dev.osprey.core.market.MarketEvent;
import dev.osprey.core.market.TradePrint;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The live feed against the fake Binance replaying the real 2024-08-08 BTCUSDT capture over a WebSocket. */
class BinanceMarketFeedTest {
    private static final Duration WAIT = Duration.ofSeconds(20);

    private FakeBinance fake;
    private BinanceVenue venue;
    private final Recorder<MarketEvent> events = new Recorder<>();

    @AfterEach
    void stop() {
        if (venue != null) {
            venue.close();
        }
        fake.close();
    }

    private BinanceMarketFeed startFeed(BinanceConfig.Builder config) {
        venue = BinanceVenue.create(config.build());
        BinanceMarketFeed feed = venue.binanceFeed();
        feed.subscribe("BTCUSDT", events::add);
        feed.start();
        return feed;
    }

    /** The capture ends with trades, so every trade received means every message before it was handled too. */
    private void awaitCaughtUp() {
        events.await(l -> l.stream().filter(TradePrint.class::isInstance).count() == fake.market.tradesSent(), WAIT,
                "every trade the fake sent");
    }

    @Test
    void whenTheWholeCaptureIsStreamed_thenTheBookIsLiveAndMatchesBinancesBook() throws Exception {
        // Arrange
        fake = FakeBinance.start(CaptureLines.BTC_0808);
        // Act
        BinanceMarketFeed feed = startFeed(fake.config());
        assertTrue(fake.market.awaitEnd(WAIT.toMillis()), "the fake did not reach the end of the capture");
        awaitCaughtUp();
        OrderBookCopy book = feed.bookCopy("BTCUSDT", 20).get(5, TimeUnit.SECONDS);
        // Assert
        assertEquals(FeedState.LIVE, feed.state("BTCUSDT"));
        assertEquals(fake.depthLastUpdateId(), book.lastUpdateId());
        assertEquals(fake.topBids(20), book.bids());
        assertEquals(fake.topAsks(20), book.asks());
        FeedStats stats = feed.stats("BTCUSDT");
        assertEquals(0, stats.gaps());
        assertEquals(9_757, stats.trades());
        assertEquals(1, events.of(BookSnapshot.class).size());
    }

    @Test
    void whenADiffIsMissing_thenTheGapIsSeenAndANewSnapshotBringsTheBookBack() throws Exception {
        // Arrange
        fake = FakeBinance.start(CaptureLines.BTC_0808);
        fake.market.skipAtDiff(200);
        // Act
        BinanceMarketFeed feed = startFeed(fake.config());
        assertTrue(fake.market.awaitEnd(WAIT.toMillis()));
        events.await(l -> l.stream().filter(BookSnapshot.class::isInstance).count() == 2, WAIT, "a second snapshot");
        awaitCaughtUp();
        OrderBookCopy book = feed.bookCopy("BTCUSDT", 20).get(5, TimeUnit.SECONDS);
        // Assert
        List<FeedState> states = events.of(FeedStatus.class).stream().map(FeedStatus::state).toList();
        assertEquals(List.of(FeedState.CONNECTING, FeedState.SYNCING, FeedState.LIVE, FeedState.RESYNCING,
                FeedState.LIVE), states);
        assertTrue(events.of(FeedStatus.class).get(3).detail().startsWith("gap: expected U="));
        assertEquals(1, feed.stats("BTCUSDT").gaps());
        assertEquals(fake.topBids(20), book.bids());
        assertEquals(fake.topAsks(20), book.asks());
    }

    @Test
    void whenTheConnectionDropsMidStream_thenItReconnectsResyncsAndEndsInStep() throws Exception {
        // Arrange
        fake = FakeBinance.start(CaptureLines.BTC_0808);
        fake.market.dropAtDiff(500);
        // Act
        BinanceMarketFeed feed = startFeed(fake.config());
        assertTrue(fake.market.awaitEnd(WAIT.toMillis()));
        events.await(l -> l.stream().filter(BookSnapshot.class::isInstance).count() == 2, WAIT, "a second snapshot");
        awaitCaughtUp();
        OrderBookCopy book = feed.bookCopy("BTCUSDT", 20).get(5, TimeUnit.SECONDS);
        // Assert
        List<FeedState> states = events.of(FeedStatus.class).stream().map(FeedStatus::state).toList();
        assertEquals(List.of(FeedState.CONNECTING, FeedState.SYNCING, FeedState.LIVE, FeedState.DISCONNECTED,
                FeedState.CONNECTING, FeedState.SYNCING, FeedState.LIVE), states);
        assertEquals(2, fake.market.connections());
        assertEquals(fake.topBids(20), book.bids());
        assertEquals(fake.topAsks(20), book.asks());
    }

    @Test
    void whenTheStreamGoesSilent_thenItIsCalledStaleAndReconnected() throws Exception {
        // Arrange
        fake = FakeBinance.start(CaptureLines.BTC_0808);
        fake.market.stallAtDiff(300);
        // Act
        startFeed(fake.config().staleAfter(Duration.ofMillis(300)));
        FeedStatus down = events.awaitFirst(FeedStatus.class, s -> s.state() == FeedState.DISCONNECTED, WAIT);
        fake.market.resume();
        events.await(l -> l.stream().filter(BookSnapshot.class::isInstance).count() == 2, WAIT, "a resync");
        // Assert
        assertTrue(down.detail().startsWith("stale: no message for 300 ms"), down.detail());
        assertTrue(fake.market.connections() >= 2);
    }

    @Test
    void whenTheFeedHasReconnectedAndIsClosed_thenNoStreamThreadIsLeftRunning() throws Exception {
        // Arrange: XChange's netty transport runs non-daemon event loops, one group per connection.
        fake = FakeBinance.start(CaptureLines.BTC_0808);
        fake.market.dropAtDiff(500);
        startFeed(fake.config());
        events.await(l -> l.stream().filter(BookSnapshot.class::isInstance).count() == 2, WAIT, "a reconnect");
        assertFalse(streamThreads().isEmpty(), "the stream should run on netty event loops");
        // Act
        venue.close();
        venue = null;
        // Assert: every event loop ends (netty waits out a quiet period first), so the app can exit.
        long deadline = System.nanoTime() + WAIT.toNanos();
        for (Thread t : streamThreads()) {
            t.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
        }
        assertEquals(List.of(), streamThreads().stream().map(Thread::getName).toList());
    }

    private static List<Thread> streamThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().startsWith("nioEventLoopGroup")).toList();
    }
}
