package dev.osprey.core.engine;

import dev.osprey.core.gate.OrderGate;
import dev.osprey.core.market.BookDelta;
import dev.osprey.core.market.BookSnapshot;
import dev.osprey.core.market.Level;
import dev.osprey.core.market.Scaled;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A burst of market data must reach the screen as a few conflated snapshots, never one per event. */
class EngineConflationTest {
    private static final int EVENTS = 200_000;

    @Test
    void whenBurstOfBookUpdates_thenSnapshotsAreConflated_andTheLastOneShowsTheLastUpdate() throws Exception {
        FakeVenue venue = new FakeVenue(new RecordingOrderEntry(new CompletableFuture<>()));
        try (Engine engine = new Engine(Map.of("BTCUSDT", EngineStateTest.BTC), venue, new OrderGate(), () -> 0L)) {
            engine.start();
            venue.publish(new BookSnapshot("BTCUSDT", 0, List.of(new Level(Scaled.parse("100"), Scaled.ONE)),
                    List.of(new Level(Scaled.parse("200"), Scaled.ONE)), 1));
            long start = System.nanoTime();

            long bid = Scaled.parse("100");
            for (int i = 1; i <= EVENTS; i++) {
                venue.publish(new BookDelta("BTCUSDT", i, i, List.of(new Level(bid, i)), List.of(), 1 + i));
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (engine.latest().books().get("BTCUSDT").bids().get(0).qty() != EVENTS
                    && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            long elapsedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

            EngineSnapshot last = engine.latest();
            assertEquals(EVENTS, last.books().get("BTCUSDT").bids().get(0).qty(), "screen catches up");
            long maxPublishes = elapsedMs / TimeUnit.NANOSECONDS.toMillis(Engine.PUBLISH_INTERVAL_NS) + 3;
            assertTrue(last.version() <= maxPublishes,
                    last.version() + " snapshots for " + EVENTS + " events in " + elapsedMs + " ms");
        }
    }
}
