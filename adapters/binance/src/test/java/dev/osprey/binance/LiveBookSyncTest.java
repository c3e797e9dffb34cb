package dev.osprey.binance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.osprey.binance.fake.CaptureLines;
import dev.osprey.binance.fake.Payloads;
import dev.osprey.core.market.BookDelta;
import dev.osprey.core.market.FeedState;
import dev.osprey.core.market.MarketEvent;
import dev.osprey.core.market.TradePrint;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Binance's local-book rule on the head of the real capture, where the snapshot arrives after three diffs. */
class LiveBookSyncTest {
    private final List<MarketEvent> out = new ArrayList<>();
    private int snapshotRequests;
    private final LiveBookSync sync = new LiveBookSync("BTCUSDT", out::add, () -> snapshotRequests++);
    private final StreamDecoder decoder = new StreamDecoder();
    private final StreamDecoder.Sink sink = new StreamDecoder.Sink() {
        @Override
        public void onDepth(DepthUpdate diff) {
            sync.onDiff(diff);
        }

        @Override
        public void onTrade(TradePrint trade) {
            sync.onTrade(trade);
        }
    };

    private void feedHead(int lines) {
        for (String json : CaptureLines.of(CaptureLines.BTC_0808).subList(0, lines)) {
            if (json.startsWith("{\"lastUpdateId\"")) {
                sync.onSnapshot(DepthSnapshots.parse("BTCUSDT", Payloads.parse(json), 0));
            } else {
                decoder.decode(json, sink);
            }
        }
    }

    @Test
    void whenTheSnapshotFollowsThreeDiffs_thenTheTwoOldOnesAreDroppedAndTheStraddlingOneApplied() {
        // Arrange
        sync.connecting("test");
        sync.begin();
        // Act
        feedHead(40);
        // Assert
        assertEquals(FeedState.LIVE, sync.state());
        assertEquals(1, snapshotRequests, "one request, at the first held diff");
        List<BookDelta> deltas = out.stream().filter(BookDelta.class::isInstance).map(BookDelta.class::cast).toList();
        assertEquals(50093239208L, deltas.get(0).firstUpdateId());
        assertEquals(2, sync.counters().stats().dropped());
        for (int i = 1; i < deltas.size(); i++) {
            assertEquals(deltas.get(i - 1).lastUpdateId() + 1, deltas.get(i).firstUpdateId());
        }
    }

    @Test
    void whenADiffIsSkippedWhileLive_thenResyncingAndASnapshotIsAskedFor() {
        // Arrange
        sync.connecting("test");
        sync.begin();
        feedHead(40);
        List<String> lines = CaptureLines.of(CaptureLines.BTC_0808);
        List<DepthUpdate> next = new ArrayList<>();
        for (String json : lines.subList(40, 2_000)) {
            if (json.contains("@depth")) {
                decoder.decode(json, new StreamDecoder.Sink() {
                    @Override
                    public void onDepth(DepthUpdate diff) {
                        next.add(diff);
                    }

                    @Override
                    public void onTrade(TradePrint trade) {
                    }
                });
            }
        }
        // Act: deliver everything but one diff in the middle
        for (int i = 0; i < next.size(); i++) {
            if (i != 3) {
                sync.onDiff(next.get(i));
            }
        }
        // Assert
        assertEquals(FeedState.RESYNCING, sync.state());
        assertEquals(2, snapshotRequests);
        assertEquals(1, sync.counters().stats().gaps());
        assertTrue(sync.book().isEmpty(), "the book is discarded until a snapshot lines up");
    }
}
