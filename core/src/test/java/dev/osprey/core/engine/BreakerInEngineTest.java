package dev.osprey.core.engine;

import dev.osprey.core.breaker.BreakerConfig;
import dev.osprey.core.breaker.BreakerState;
import dev.osprey.core.gate.OrderGate;
import dev.osprey.core.market.BookSnapshot;
import dev.osprey.core.market.Level;
import dev.osprey.core.market.Scaled;
import dev.osprey.core.order.Fill;
import dev.osprey.core.order.Liquidity;
import dev.osprey.core.order.OrderRequest;
import dev.osprey.core.order.OrderStatus;
import dev.osprey.core.order.OrderType;
import dev.osprey.core.order.Side;
import dev.osprey.core.order.TimeInForce;
import dev.osprey.core.risk.PreTradeRisk;
import dev.osprey.core.risk.RiskLimits;
import dev.osprey.core.venue.Balance;
import dev.osprey.core.venue.OrderFilled;
import dev.osprey.core.venue.VenueState;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shipped breaker triggers acting through the engine: a losing day halts new trades, a drawdown flattens. */
class BreakerInEngineTest {
    private final RecordingOrderEntry venue = new RecordingOrderEntry(new CompletableFuture<>());
    private final EngineState engine = new EngineState(Map.of("BTCUSDT", EngineStateTest.BTC), venue, new OrderGate(),
            () -> 0L, new EngineSettings(new PreTradeRisk(RiskLimits.none()), MarkPrice.MID, System::nanoTime,
            BreakerConfig.defaults()));
    private long time = 1_700_000_000_000L;

    /** 100 BTC bought at 100: the whole 10,000 account is in the position. */
    private void givenLongAtMid100() {
        market("99.99", "100.01");
        engine.handle(new EngineMessage.StartupState("paper", new VenueState(List.of(),
                List.of(new Balance("BTC", new BigDecimal("100"), BigDecimal.ZERO)))));
        engine.handle(new Command.PlaceOrder(new OrderRequest("e", "BTCUSDT", Side.BUY, OrderType.MARKET,
                new BigDecimal("100"), null)));
        engine.handle(new EngineMessage.VenueUpdate("paper", new OrderFilled(new Fill("e", "V", "T", "BTCUSDT",
                Side.BUY, new BigDecimal("100"), new BigDecimal("100"), BigDecimal.ZERO, "USDT", Liquidity.TAKER,
                time))));
    }

    private void market(String bid, String ask) {
        time += 1_000;
        engine.handle(new EngineMessage.MarketData(new BookSnapshot("BTCUSDT", time,
                List.of(new Level(Scaled.parse(bid), Scaled.ONE)), List.of(new Level(Scaled.parse(ask), Scaled.ONE)),
                time)));
    }

    private OrderStatus place(String id, Side side, boolean reduceOnly) {
        engine.handle(new Command.PlaceOrder(new OrderRequest(id, "BTCUSDT", side, OrderType.LIMIT, BigDecimal.ONE,
                new BigDecimal("95"), null, TimeInForce.GTC, 0L, false, reduceOnly, null)));
        return engine.order(id).orElseThrow().status();
    }

    @Test
    void whenTheDayLosesOnePercent_thenNewEntriesAreRefusedWithTheBreakersReason_butExitsPass() {
        givenLongAtMid100();
        market("98.89", "98.91");   // equity 9,890: -1.1 % on the day
        market("98.89", "98.91");

        assertEquals(OrderStatus.REJECTED, place("more", Side.BUY, false));
        assertTrue(engine.order("more").orElseThrow().reason().startsWith("Circuit breaker"),
                engine.order("more").orElseThrow().reason());
        assertEquals(OrderStatus.SUBMITTED, place("exit", Side.SELL, true));
        assertTrue(engine.snapshot(1, 0, 1).breakers().stream().anyMatch(b -> b.state() == BreakerState.OPEN));
    }

    @Test
    void whenDrawdownReachesThreePercent_thenEveryPositionIsFlattened() {
        givenLongAtMid100();
        market("96.89", "96.91");   // equity 9,690: -3.1 % from the peak
        market("96.89", "96.91");

        OrderRequest close = venue.placed.get(venue.placed.size() - 1);
        assertEquals(Side.SELL, close.side());
        assertEquals(OrderType.MARKET, close.type());
        assertTrue(close.reduceOnly());
        assertEquals(0, new BigDecimal("100").compareTo(close.qty()));
        assertTrue(close.clientOrderId().startsWith("flat-"));
        long closes = venue.placed.stream().filter(r -> r.clientOrderId().startsWith("flat-")).count();
        market("96.89", "96.91");
        assertEquals(closes, venue.placed.stream().filter(r -> r.clientOrderId().startsWith("flat-")).count(),
                "no second close while the first is working");
        assertEquals(OrderStatus.REJECTED, place("more", Side.BUY, false), "only exits while closing out");
    }
}
