package dev.osprey.core.engine;

import dev.osprey.core.gate.OrderGate;
import dev.osprey.core.instrument.Instrument;
import dev.osprey.core.market.BookSnapshot;
import dev.osprey.core.market.Level;
import dev.osprey.core.market.Scaled;
import dev.osprey.core.mode.Criterion;
import dev.osprey.core.mode.CriterionResult;
import dev.osprey.core.mode.TradingMode;
import dev.osprey.core.mode.ValidationReport;
import dev.osprey.core.order.Order;
import dev.osprey.core.order.OrderRequest;
import dev.osprey.core.order.OrderStatus;
import dev.osprey.core.order.OrderType;
import dev.osprey.core.order.RejectReason;
import dev.osprey.core.order.Side;
import dev.osprey.core.risk.PreTradeRisk;
import dev.osprey.core.risk.RiskLimits;
import dev.osprey.core.venue.Balance;
import dev.osprey.core.venue.VenueState;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Mode changes go through the engine as commands, and the mode's own limits apply to the next order. */
class ModeThroughEngineTest {
    private final OrderGate gate = new OrderGate();
    private final EngineState engine;
    private int ids;

    ModeThroughEngineTest() {
        Map<String, Instrument> instruments = new LinkedHashMap<>();
        instruments.put("BTCUSDT", EngineStateTest.BTC);
        instruments.put("ETHUSDT", BreakerInputsTest.ETH);
        engine = new EngineState(instruments, new RecordingOrderEntry(new CompletableFuture<>()), gate, () -> 0L,
                new EngineSettings(new PreTradeRisk(RiskLimits.none()), MarkPrice.MID, System::nanoTime, null));
        engine.handle(new EngineMessage.StartupState("paper", new VenueState(List.of(),
                List.of(new Balance("USDT", new BigDecimal("10000"), BigDecimal.ZERO)))));
        book("BTCUSDT");
        book("ETHUSDT");
    }

    private void book(String symbol) {
        engine.handle(new EngineMessage.MarketData(new BookSnapshot(symbol, 1_000,
                List.of(new Level(Scaled.parse("99.99"), Scaled.ONE)),
                List.of(new Level(Scaled.parse("100.01"), Scaled.ONE)), 1_000)));
    }

    private Order buy(String symbol, String qty) {
        String id = "o" + ++ids;
        engine.handle(new Command.PlaceOrder(new OrderRequest(id, symbol, Side.BUY, OrderType.LIMIT,
                new BigDecimal(qty), new BigDecimal("99"))));
        return engine.order(id).orElseThrow();
    }

    private static ValidationReport report(boolean winRatePasses) {
        return new ValidationReport(0, 8 * 86_400_000L, List.of(
                new CriterionResult(Criterion.DURATION, 8, 7, true, ""),
                new CriterionResult(Criterion.WIN_RATE, winRatePasses ? 60 : 30, 45, winRatePasses,
                        "6 more winning trades needed"),
                new CriterionResult(Criterion.TRADES, 20, 10, true, "")));
    }

    private ModeView mode() {
        return engine.snapshot(1, 0, 1).mode();
    }

    @Test
    void whenGoingLiveWithAFailingReport_thenRefusedWithWhatIsMissing_andPaperLimitsStay() {
        engine.handle(new Command.SwitchMode(TradingMode.LIVE_MINIMAL, report(false), "trader", "go live"));

        assertEquals(TradingMode.PAPER, mode().mode());
        assertTrue(mode().lastRefused());
        assertTrue(mode().lastAnswer().contains("6 more winning trades needed"), mode().lastAnswer());
        assertEquals(OrderStatus.SUBMITTED, buy("ETHUSDT", "1").status(), "ETHUSDT still trades in PAPER");
    }

    @Test
    void whenGoingLiveWithAPassingReport_thenLiveMinimalLimitsApply_toTheNextOrder() {
        engine.handle(new Command.SwitchMode(TradingMode.LIVE_MINIMAL, report(true), "trader", "go live"));

        assertEquals(TradingMode.LIVE_MINIMAL, mode().mode());
        assertEquals(0, mode().stage());
        Order eth = buy("ETHUSDT", "1");
        assertTrue(eth.reason().startsWith(RejectReason.RISK_SYMBOL_NOT_ALLOWED.message()), eth.reason());
        // 2 % of 10,000 equity is 200 a position; 0.1 % risk per trade holds an unprotected one to 10.
        Order big = buy("BTCUSDT", "3");
        assertTrue(big.reason().startsWith(RejectReason.RISK_MAX_ORDER_NOTIONAL.message()), big.reason());
        assertEquals(OrderStatus.SUBMITTED, buy("BTCUSDT", "0.1").status(), "9.9 at risk passes");
    }

    @Test
    void whenTheDeskIsHalted_thenTheModeIsEmergencyStop_andReArmLeadsBackToPaper() {
        engine.handle(new Command.SwitchMode(TradingMode.LIVE_MINIMAL, report(true), "trader", "go live"));
        gate.halt("trader", "stop", 0L);
        engine.handle(new Command.Halt("trader", "stop"));
        assertEquals(TradingMode.EMERGENCY_STOP, mode().mode());

        gate.rearm("trader", "checked", 0L);
        engine.handle(new Command.Rearm("trader", "checked"));

        assertEquals(TradingMode.PAPER, mode().mode());
        assertEquals(OrderStatus.SUBMITTED, buy("ETHUSDT", "1").status(), "paper limits are back");
    }
}
