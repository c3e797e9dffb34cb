package dev.osprey.core.recovery;

import dev.osprey.core.engine.Command;
import dev.osprey.core.engine.EngineMessage;
import dev.osprey.core.engine.EngineJournal;
import dev.osprey.core.engine.EngineSettings;
import dev.osprey.core.engine.EngineState;
import dev.osprey.core.gate.OrderGate;
import dev.osprey.core.market.BookSnapshot;
import dev.osprey.core.market.Level;
import dev.osprey.core.market.Scaled;
import dev.osprey.core.order.Fill;
import dev.osprey.core.order.Liquidity;
import dev.osprey.core.order.Order;
import dev.osprey.core.order.OrderRequest;
import dev.osprey.core.order.OrderStatus;
import dev.osprey.core.order.OrderType;
import dev.osprey.core.order.RejectReason;
import dev.osprey.core.order.Side;
import dev.osprey.core.venue.Balance;
import dev.osprey.core.venue.OrderAccepted;
import dev.osprey.core.venue.StateFetch;
import dev.osprey.core.venue.VenueOrder;
import dev.osprey.core.venue.VenueState;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Orders in flight at a crash are resolved by client order id; differences are listed with the action taken. */
class ReconciliationTest {
    private final EngineState engine = new EngineState(Map.of("BTCUSDT", RandomDesk.BTC), new RecordingEntry(),
            "paper", new OrderGate(), () -> 5_000L, EngineSettings.defaults(), EngineJournal.NONE, m -> { });
    private final Map<String, VenueOrder> atVenue = new HashMap<>();
    private VenueState venueState = new VenueState(List.of(), List.of(new Balance("USDT", new BigDecimal("900"),
            BigDecimal.ZERO)));

    private final StateFetch venue = new StateFetch() {
        @Override
        public VenueState fetchState() {
            return venueState;
        }

        @Override
        public Optional<VenueOrder> queryOrder(String symbol, String clientOrderId) {
            return Optional.ofNullable(atVenue.get(clientOrderId));
        }
    };

    ReconciliationTest() {
        engine.handle(new EngineMessage.MarketData(new BookSnapshot("BTCUSDT", 1,
                List.of(new Level(Scaled.parse("100"), Scaled.ONE)),
                List.of(new Level(Scaled.parse("101"), Scaled.ONE)), 1_000)));
    }

    private static OrderRequest limit(String id) {
        return new OrderRequest(id, "BTCUSDT", Side.BUY, OrderType.LIMIT, new BigDecimal("0.2"), new BigDecimal("100"));
    }

    private static Fill fill(String id, String qty, String trade) {
        return new Fill(id, "V-" + id, trade, "BTCUSDT", Side.BUY, new BigDecimal("100"), new BigDecimal(qty),
                new BigDecimal("0.01"), "USDT", Liquidity.MAKER, 2_000);
    }

    private ReconciliationReport reconcile() {
        Reconciliation.Outcome out = Reconciliation.run("paper", engine.restorable().orders(),
                engine.restorable().balances(), venue, 9_000, true);
        out.corrections().forEach(engine::handle);
        return out.report();
    }

    private Order order(String id) {
        return engine.order(id).orElseThrow();
    }

    @Test
    void anOrderTheVenueNeverReceivedIsMarkedNeverSent() {
        engine.handle(new Command.PlaceOrder(limit("lost")));

        ReconciliationReport report = reconcile();

        assertEquals(OrderStatus.REJECTED, order("lost").status());
        assertTrue(order("lost").reason().startsWith(RejectReason.NEVER_SENT.message()));
        assertTrue(report.text().contains("lost: ours SUBMITTED"), report.text());
        assertTrue(report.text().contains("marked never sent"), report.text());
    }

    @Test
    void anOrderTheVenueFilledWhileWeWereDownIsAdoptedWithItsFills() {
        engine.handle(new Command.PlaceOrder(limit("a")));
        Order filled = order("a").withStatus(OrderStatus.ACCEPTED, "", 2_000).withVenueOrderId("V-a")
                .withFill(fill("a", "0.05", "t1")).withFill(fill("a", "0.15", "t2"));
        atVenue.put("a", new VenueOrder(filled, List.of(fill("a", "0.05", "t1"), fill("a", "0.15", "t2"))));

        ReconciliationReport report = reconcile();

        assertEquals(OrderStatus.FILLED, order("a").status());
        assertEquals(0, new BigDecimal("0.2").compareTo(engine.portfolio().position("BTCUSDT").orElseThrow().qty()));
        assertTrue(report.text().contains("took the venue's state: accepted, fill 0.05 @ 100, fill 0.15 @ 100"),
                report.text());
    }

    @Test
    void onlyTheFillsWeMissedAreApplied() {
        engine.handle(new Command.PlaceOrder(limit("a")));
        engine.handle(new EngineMessage.VenueUpdate("paper", new OrderAccepted("a", "V-a", 1_500)));
        engine.handle(new EngineMessage.VenueUpdate("paper",
                new dev.osprey.core.venue.OrderFilled(fill("a", "0.05", "t1"))));
        Order atV = order("a").withFill(fill("a", "0.15", "t2"));
        atVenue.put("a", new VenueOrder(atV, List.of(fill("a", "0.05", "t1"), fill("a", "0.15", "t2"))));

        reconcile();

        assertEquals(OrderStatus.FILLED, order("a").status());
        assertEquals(0, new BigDecimal("0.2").compareTo(engine.portfolio().position("BTCUSDT").orElseThrow().qty()),
                "t1 was not booked twice");
    }

    @Test
    void aCorrectionForAnOrderThatMovedMeanwhileIsNotApplied() {
        engine.handle(new Command.PlaceOrder(limit("a")));
        Order filled = order("a").withStatus(OrderStatus.ACCEPTED, "", 2_000).withVenueOrderId("V-a")
                .withFill(fill("a", "0.2", "t1"));
        atVenue.put("a", new VenueOrder(filled, List.of(fill("a", "0.2", "t1"))));
        Reconciliation.Outcome out = Reconciliation.run("paper", engine.restorable().orders(),
                engine.restorable().balances(), venue, 9_000, true);
        // The account stream brings the same news before the correction is applied.
        engine.handle(new EngineMessage.VenueUpdate("paper", new OrderAccepted("a", "V-a", 2_000)));
        engine.handle(new EngineMessage.VenueUpdate("paper",
                new dev.osprey.core.venue.OrderFilled(fill("a", "0.2", "t1"))));

        out.corrections().forEach(engine::handle);

        assertEquals(0, new BigDecimal("0.2").compareTo(engine.portfolio().position("BTCUSDT").orElseThrow().qty()));
    }

    @Test
    void venueOrdersWeDidNotKnowAndBalancesThatDifferAreListedAndTheVenuesTaken() {
        Order foreign = Order.submitted(limit("x"), 1_000).withStatus(OrderStatus.ACCEPTED, "", 1_000)
                .withVenueOrderId("V-x");
        engine.handle(new EngineMessage.VenueUpdate("paper", new dev.osprey.core.venue.BalancesChanged(
                List.of(new Balance("USDT", new BigDecimal("900"), BigDecimal.ZERO)), 1_000)));
        venueState = new VenueState(List.of(foreign), List.of(new Balance("USDT", new BigDecimal("880"),
                new BigDecimal("20"))));

        ReconciliationReport report = reconcile();

        assertEquals(2, report.differences().size(), report.text());
        assertTrue(report.text().contains("x: ours not in our journal"), report.text());
        assertTrue(report.text().contains("USDT: ours free 900, locked 0; venue free 880, locked 20 -> took the venue's balance"),
                report.text());
        assertEquals(OrderStatus.ACCEPTED, order("x").status());
        assertEquals(new BigDecimal("880"), engine.portfolio().balances().get(0).free());
    }
}
