package dev.osprey.core.engine;

import dev.osprey.core.market.BookSnapshot;
import dev.osprey.core.market.Level;
import dev.osprey.core.market.Scaled;
import dev.osprey.core.order.OrderRequest;
import dev.osprey.core.order.OrderStatus;
import dev.osprey.core.order.OrderType;
import dev.osprey.core.order.RejectReason;
import dev.osprey.core.order.Side;
import dev.osprey.core.gate.OrderGate;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An order reaches the venue only after its intent is durable; the engine never waits for the journal. */
class JournalBeforeSendTest {
    /** A journal whose writes become durable when the test says so. */
    private static final class ManualJournal implements EngineJournal {
        final List<EngineMessage> appended = new ArrayList<>();
        final List<CompletableFuture<Long>> writes = new ArrayList<>();

        @Override
        public CompletableFuture<Long> append(long timeMs, EngineMessage message) {
            appended.add(message);
            CompletableFuture<Long> f = new CompletableFuture<>();
            writes.add(f);
            return f;
        }

        void syncAll() {
            for (int i = 0; i < writes.size(); i++) {
                writes.get(i).complete((long) i + 1);
            }
        }

        void failAll() {
            writes.forEach(f -> f.completeExceptionally(new IllegalStateException("disk full")));
        }
    }

    private final OrderGate gate = new OrderGate();
    private final RecordingOrderEntry venue = new RecordingOrderEntry(new CompletableFuture<>());
    private final ManualJournal journal = new ManualJournal();
    private final List<EngineMessage> posted = new ArrayList<>();
    private final EngineState engine = new EngineState(Map.of("BTCUSDT", EngineStateTest.BTC), venue, "paper", gate,
            () -> 1_000L, EngineSettings.defaults(), journal, posted::add);

    JournalBeforeSendTest() {
        engine.handle(new EngineMessage.MarketData(new BookSnapshot("BTCUSDT", 1,
                List.of(new Level(Scaled.parse("100"), Scaled.ONE)),
                List.of(new Level(Scaled.parse("101"), Scaled.ONE)), 10_000)));
    }

    private void place(String id) {
        engine.handle(new Command.PlaceOrder(new OrderRequest(id, "BTCUSDT", Side.BUY, OrderType.LIMIT,
                new BigDecimal("0.1"), new BigDecimal("100"))));
    }

    /** Every change the engine recorded, out of the per-message entries. */
    private List<Recorded> recorded() {
        List<Recorded> out = new ArrayList<>();
        for (EngineMessage m : journal.appended) {
            if (m instanceof Recorded.Changes c) {
                out.addAll(c.changes());
            }
        }
        return out;
    }

    /** What the journal's thread would have put on the engine queue, applied in order. */
    private void drainPosted() {
        List<EngineMessage> now = new ArrayList<>(posted);
        posted.clear();
        now.forEach(engine::handle);
    }

    @Test
    void theVenueSeesTheOrderOnlyAfterItsIntentIsDurable() {
        place("a");

        assertTrue(venue.placed.isEmpty(), "sent before the intent was durable");
        assertTrue(journal.appended.contains(new Command.PlaceOrder(engine.order("a").orElseThrow().spec())));
        assertTrue(recorded().stream().anyMatch(m -> m instanceof Recorded.OrderRecorded o
                && o.order().clientOrderId().equals("a") && o.order().status() == OrderStatus.SUBMITTED));
        drainPosted();
        assertTrue(venue.placed.isEmpty(), "nothing is durable yet");

        journal.syncAll();
        drainPosted();

        assertEquals(List.of("a"), venue.placed.stream().map(OrderRequest::clientOrderId).toList());
        assertTrue(recorded().contains(new Recorded.OrderSent("paper", "a")), "the submission is recorded");
    }

    @Test
    void anOrderCancelledWhileItsIntentIsWrittenNeverReachesTheVenue() {
        place("a");
        engine.handle(new Command.CancelOrder("BTCUSDT", "a"));
        journal.syncAll();
        drainPosted();

        assertTrue(venue.placed.isEmpty());
        assertTrue(venue.cancelled.isEmpty(), "nothing to cancel at the venue");
        assertEquals(OrderStatus.CANCELED, engine.order("a").orElseThrow().status());
        assertEquals("cancelled before it was sent", engine.order("a").orElseThrow().reason());
    }

    @Test
    void anIntentThatTurnsDurableAfterTheEmergencyStopIsNotSent() {
        place("a");
        gate.halt("trader", "test", 1L);
        journal.syncAll();
        drainPosted();

        assertTrue(venue.placed.isEmpty());
        assertEquals(OrderStatus.CANCELED, engine.order("a").orElseThrow().status());
        assertEquals("halted before it was sent", engine.order("a").orElseThrow().reason());
    }

    @Test
    void anIntentTheJournalCouldNotWriteIsRejectedAndNeverSent() {
        place("a");
        journal.failAll();
        drainPosted();

        assertTrue(venue.placed.isEmpty());
        assertEquals(OrderStatus.REJECTED, engine.order("a").orElseThrow().status());
        assertTrue(engine.order("a").orElseThrow().reason().startsWith(RejectReason.NOT_DURABLE.message()),
                engine.order("a").orElseThrow().reason());
    }
}
