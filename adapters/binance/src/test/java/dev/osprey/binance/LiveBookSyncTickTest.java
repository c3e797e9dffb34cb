package dev.osprey.binance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.osprey.binance.fake.CaptureLines;
import dev.osprey.binance.fake.Payloads;
import dev.osprey.core.market.FeedState;
import dev.osprey.core.market.OrderBook;
import dev.osprey.core.market.TradePrint;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The symbol's tick reaches the book at each snapshot, and a book built on it holds what an untick'd one does. */
class LiveBookSyncTickTest {
    private static final long CENT = OrderBook.tickOf(new BigDecimal("0.01"));
    private long tick = CENT;
    private final LiveBookSync ticked = new LiveBookSync("BTCUSDT", e -> { }, () -> { }, () -> tick);
    private final LiveBookSync plain = new LiveBookSync("BTCUSDT", e -> { }, () -> { });

    private void feed(List<String> lines, LiveBookSync... syncs) {
        for (LiveBookSync sync : syncs) {
            sync.disconnected("test: a new connection");
            sync.connecting("test");
            sync.begin();
            StreamDecoder decoder = new StreamDecoder();
            StreamDecoder.Sink sink = new StreamDecoder.Sink() {
                @Override
                public void onDepth(DepthUpdate diff) {
                    sync.onDiff(diff);
                }

                @Override
                public void onTrade(TradePrint trade) {
                }
            };
            for (String json : lines) {
                if (json.startsWith("{\"lastUpdateId\"")) {
                    sync.onSnapshot(DepthSnapshots.parse("BTCUSDT", Payloads.parse(json), 0));
                } else {
                    decoder.decode(json, sink);
                }
            }
        }
    }

    @Test
    void whenTheTickIsKnown_thenTheBookUsesItAndHoldsTheSameLevels() {
        // Act
        feed(CaptureLines.of(CaptureLines.BTC_0808).subList(0, 20_000), ticked, plain);
        // Assert
        assertEquals(FeedState.LIVE, ticked.state());
        assertEquals(CENT, ticked.book().tick());
        assertEquals(0, plain.book().tick());
        OrderBook a = ticked.book();
        OrderBook b = plain.book();
        assertEquals(b.topBids(b.bidLevels()), a.topBids(a.bidLevels()));
        assertEquals(b.topAsks(b.askLevels()), a.topAsks(a.askLevels()));
    }

    @Test
    void whenTheTickChangesBeforeAResync_thenTheNextSnapshotBuildsTheBookOnTheNewTick() {
        // Arrange
        List<String> head = CaptureLines.of(CaptureLines.BTC_0808).subList(0, 2_000);
        feed(head, ticked);
        // Act
        tick = OrderBook.tickOf(new BigDecimal("0.1"));
        feed(head, ticked, plain);
        // Assert
        assertEquals(FeedState.LIVE, ticked.state());
        assertEquals(tick, ticked.book().tick());
        assertEquals(plain.book().topBids(5_000), ticked.book().topBids(5_000),
                "levels off the new 0.1 grid are kept all the same");
        assertEquals(plain.book().topAsks(5_000), ticked.book().topAsks(5_000));
    }
}
