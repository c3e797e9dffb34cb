package dev.osprey.core.engine;

import dev.osprey.core.gate.OrderGate;
import dev.osprey.core.instrument.Instrument;
import dev.osprey.core.market.BookSnapshot;
import dev.osprey.core.market.Level;
import dev.osprey.core.market.Scaled;
import dev.osprey.core.market.TradePrint;
import dev.osprey.core.order.Fill;
import dev.osprey.core.order.Liquidity;
import dev.osprey.core.order.OrderRequest;
import dev.osprey.core.order.OrderStatus;
import dev.osprey.core.order.OrderType;
import dev.osprey.core.order.Side;
import dev.osprey.core.order.RejectReason;
import dev.osprey.core.order.Rejection;
import dev.osprey.core.risk.PreTradeRisk;
import dev.osprey.core.risk.RiskLimits;
import dev.osprey.core.venue.CancelRejected;
import dev.osprey.core.venue.OrderAccepted;
import dev.osprey.core.venue.OrderCanceled;
import dev.osprey.core.venue.OrderFilled;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EngineStateTest {
    static final Instrument BTC = new Instrument("BTCUSDT", "BTC", "USDT", new BigDecimal("0.01"),
            new BigDecimal("0.00001"), new BigDecimal("0.00001"), new BigDecimal("9000"), new BigDecimal("5"));

    private final OrderGate gate = new OrderGate();
    private RecordingOrderEntry venue;
    private EngineState engine;

    @BeforeEach
    void setUp() {
        venue = new RecordingOrderEntry(new CompletableFuture<>());
        engine = new EngineState(Map.of("BTCUSDT", BTC), venue, gate, () -> 1_000L);
        engine.handle(new EngineMessage.MarketData(new BookSnapshot("BTCUSDT", 1,
                List.of(new Level(Scaled.parse("100"), Scaled.ONE)),
                List.of(new Level(Scaled.parse("101"), Scaled.ONE)), 5_000L)));
    }

    private static OrderRequest limit(String id, Side side, String qty, String price) {
        return new OrderRequest(id, "BTCUSDT", side, OrderType.LIMIT, new BigDecimal(qty), new BigDecimal(price));
    }

    @Test
    void whenValidOrder_thenSentToVenueAndSubmitted() {
        engine.handle(new Command.PlaceOrder(limit("c1", Side.BUY, "0.1", "99")));
        assertEquals(1, venue.placed.size());
        assertEquals(OrderStatus.SUBMITTED, engine.order("c1").orElseThrow().status());
        assertEquals(5_000L, engine.order("c1").orElseThrow().createdMs(), "engine time follows the market clock");
    }

    @Test
    void whenRuleBroken_thenRejectedWithReason_andNothingSent() {
        engine.handle(new Command.PlaceOrder(limit("c1", Side.BUY, "0.1", "99.001")));
        assertTrue(venue.placed.isEmpty());
        assertEquals(OrderStatus.REJECTED, engine.order("c1").orElseThrow().status());
        assertTrue(engine.order("c1").orElseThrow().reason().contains("tick size"));
    }

    @Test
    void whenGateHalted_thenQueuedOrderRefusedByEngine() {
        gate.halt("test", "drill", 1);
        engine.handle(new Command.PlaceOrder(limit("c1", Side.BUY, "0.1", "99")));
        assertTrue(venue.placed.isEmpty());
        assertTrue(engine.order("c1").orElseThrow().reason().startsWith("Trading is HALTED"));
    }

    @Test
    void whenHalt_thenEveryWorkingOrderIsCancelled_andGateClosed() {
        engine.handle(new Command.PlaceOrder(limit("c1", Side.BUY, "0.1", "99")));
        engine.handle(new Command.PlaceOrder(limit("c2", Side.SELL, "0.1", "105")));
        engine.handle(new EngineMessage.VenueUpdate("paper", new OrderAccepted("c1", "P-1", 6_000)));
        engine.handle(new Command.Halt("trader", "drill"));
        assertEquals(List.of("c1", "c2"), venue.cancelled);
        assertEquals(OrderStatus.PENDING_CANCEL, engine.order("c1").orElseThrow().status());
        assertTrue(gate.checkNewOrder().isPresent());
        engine.handle(new EngineMessage.VenueUpdate("paper", new OrderCanceled("c1", "by request", 6_001)));
        assertEquals(OrderStatus.CANCELED, engine.order("c1").orElseThrow().status());
    }

    @Test
    void whenCancelRefusedForAnOrderAlreadyCancelled_thenNoAlarmingNotice_butRefusalOfWorkingOrderIsShown() {
        engine.handle(new Command.PlaceOrder(limit("c1", Side.BUY, "0.1", "99")));
        engine.handle(new Command.PlaceOrder(limit("c2", Side.BUY, "0.1", "98")));
        engine.handle(new EngineMessage.VenueUpdate("paper", new OrderCanceled("c1", "cancel-all", 6_000)));
        engine.handle(new EngineMessage.VenueUpdate("paper", new CancelRejected("c1",
                Rejection.of(RejectReason.UNKNOWN_ORDER), 6_001)));
        assertTrue(!engine.snapshot(1, 0, 20).notice().contains("refused"), engine.snapshot(2, 0, 20).notice());

        engine.handle(new Command.CancelOrder("BTCUSDT", "c2"));
        engine.handle(new EngineMessage.VenueUpdate("paper", new CancelRejected("c2",
                Rejection.of(RejectReason.UNKNOWN_ORDER), 6_002)));
        assertTrue(engine.snapshot(3, 0, 20).notice().startsWith("Cancel of c2 refused"));
        assertEquals(OrderStatus.ACCEPTED, engine.order("c2").orElseThrow().status(), "back to working");
    }

    @Test
    void whenMarkIsLast_thenPositionsAreMarkedAtTheLastTrade() {
        EngineState last = new EngineState(Map.of("BTCUSDT", BTC), venue, gate, () -> 1_000L,
                new EngineSettings(new PreTradeRisk(RiskLimits.none()), MarkPrice.LAST, System::nanoTime));
        last.handle(new EngineMessage.MarketData(new BookSnapshot("BTCUSDT", 1,
                List.of(new Level(Scaled.parse("100"), Scaled.ONE)),
                List.of(new Level(Scaled.parse("101"), Scaled.ONE)), 5_000L)));
        last.handle(new EngineMessage.MarketData(new TradePrint("BTCUSDT", 1,
                Scaled.parse("100.9"), Scaled.ONE, false, 5_001L, 5_001L)));
        last.handle(new Command.PlaceOrder(limit("c1", Side.BUY, "1", "101")));
        last.handle(new EngineMessage.VenueUpdate("paper", new OrderFilled(new Fill("c1", "P-1", "T1", "BTCUSDT",
                Side.BUY, new BigDecimal("101"), BigDecimal.ONE, BigDecimal.ZERO, "USDT", Liquidity.TAKER, 5_002))));

        PositionView p = last.snapshot(1, 0, 20).positions().get(0);

        assertEquals(0, new BigDecimal("100.9").compareTo(p.mark()));
        assertEquals(0, new BigDecimal("-0.1").compareTo(p.unrealizedPnl()));
    }

    @Test
    void whenFilled_thenPositionAndSnapshotShowIt_andLateCancelIgnored() {
        engine.handle(new Command.PlaceOrder(limit("c1", Side.BUY, "0.1", "101")));
        engine.handle(new EngineMessage.VenueUpdate("paper", new OrderAccepted("c1", "P-1", 6_000)));
        engine.handle(new EngineMessage.VenueUpdate("paper", new OrderFilled(new Fill("c1", "P-1", "T1", "BTCUSDT",
                Side.BUY, new BigDecimal("101"), new BigDecimal("0.1"), new BigDecimal("0.0101"), "USDT",
                Liquidity.TAKER, 6_001))));
        engine.handle(new EngineMessage.VenueUpdate("paper", new OrderCanceled("c1", "late", 6_002)));

        EngineSnapshot s = engine.snapshot(1, 0, 20);
        assertEquals(OrderStatus.FILLED, s.orders().get(0).status());
        assertEquals(1, s.fills().size());
        PositionView p = s.positions().get(0);
        assertEquals(0, new BigDecimal("0.1").compareTo(p.qty()));
        assertEquals(0, new BigDecimal("101").compareTo(p.avgPrice()));
        assertEquals(0, new BigDecimal("100.5").compareTo(p.mark()));
        assertEquals(0, new BigDecimal("-0.05").compareTo(p.unrealizedPnl()));
        assertEquals(0, new BigDecimal("0.0101").compareTo(p.fees()));
    }
}
