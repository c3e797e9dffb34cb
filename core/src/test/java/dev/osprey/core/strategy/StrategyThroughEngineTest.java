package dev.osprey.core.strategy;

import dev.osprey.core.engine.Command;
import dev.osprey.core.engine.EngineMessage;
import dev.osprey.core.engine.EngineSettings;
import dev.osprey.core.engine.EngineState;
import dev.osprey.core.engine.MarkPrice;
import dev.osprey.core.engine.SubmitResult;
import dev.osprey.core.gate.OrderGate;
import dev.osprey.core.market.BookSnapshot;
import dev.osprey.core.market.Level;
import dev.osprey.core.market.Scaled;
import dev.osprey.core.order.OrderRequest;
import dev.osprey.core.order.Side;
import dev.osprey.core.risk.PreTradeRisk;
import dev.osprey.core.risk.RiskLimits;
import dev.osprey.core.venue.OrderEntry;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A strategy's order meets the engine's gate and pre-trade risk exactly as a ticket order does. */
class StrategyThroughEngineTest {
    private final List<OrderRequest> atVenue = new ArrayList<>();
    private final OrderEntry venue = new OrderEntry() {
        @Override
        public void place(OrderRequest request) {
            atVenue.add(request);
        }

        @Override
        public void cancel(String symbol, String clientOrderId) {
        }

        @Override
        public CompletableFuture<Integer> cancelAll(String symbol) {
            return CompletableFuture.completedFuture(0);
        }
    };

    private EngineState engineWith(RiskLimits limits) {
        EngineState engine = new EngineState(Map.of("BTCUSDT", Candles.BTC), venue, new OrderGate(), () -> 0L,
                new EngineSettings(new PreTradeRisk(limits), MarkPrice.MID, () -> 0L));
        engine.handle(new EngineMessage.MarketData(new BookSnapshot("BTCUSDT", 1,
                List.of(new Level(Scaled.of(new BigDecimal("99")), Scaled.ONE)),
                List.of(new Level(Scaled.of(new BigDecimal("100")), Scaled.ONE)), Candles.T0)));
        return engine;
    }

    private StrategyExecutor executorOn(EngineState engine) {
        StrategyExecutor ex = new StrategyExecutor(Map.of("BTCUSDT", Candles.BTC), OrderSink.of(p -> {
            engine.handle(p);
            return SubmitResult.queued(p.request().clientOrderId());
        }, engine::handle), 0L);
        engine.addOrderListener((before, after) -> ex.onOrder(after));
        engine.addFillListener(ex::onFill);
        StrategyExecutorTest.Scripted s = new StrategyExecutorTest.Scripted();
        s.at.put(Candles.T0, OrderIntent.market("BTCUSDT", Side.BUY, new BigDecimal("0.5"), "buy"));
        ex.start("s", s, new BigDecimal("1000"));
        return ex;
    }

    @Test
    void whenRiskAllowsOnlyAnotherSymbol_thenTheStrategyOrderIsRejectedBeforeTheVenue() {
        // Arrange
        RiskLimits ethOnly = new RiskLimits(Set.of("ETHUSDT"), null, Map.of(), null, null, null, null, false, null,
                null, null, null, null, null, null, Set.of("USDT"));
        EngineState engine = engineWith(ethOnly);
        StrategyExecutor ex = executorOn(engine);

        // Act
        ex.onCandle(Candles.at(0, "100"));

        // Assert
        assertTrue(atVenue.isEmpty());
        StrategyStatus s = ex.status("s").orElseThrow();
        assertEquals(1, s.unresolvedErrors());
        assertTrue(s.lastError().contains("RISK") || s.lastError().contains("Risk: symbol not allowed"),
                s.lastError());
    }

    @Test
    void whenRiskAllows_thenTheStrategyOrderReachesTheVenueAsAMarketOrder() {
        // Arrange
        EngineState engine = engineWith(RiskLimits.none());
        StrategyExecutor ex = executorOn(engine);

        // Act
        ex.onCandle(Candles.at(0, "100"));

        // Assert
        assertEquals(1, atVenue.size());
        assertEquals("stg-0-1", atVenue.get(0).clientOrderId());
        assertEquals(0, ex.status("s").orElseThrow().unresolvedErrors());
        assertTrue(engine.order("stg-0-1").isPresent());
        assertTrue(ex.status("s").orElseThrow().lastError().isEmpty());
    }
}
