package dev.osprey.core.engine;

import dev.osprey.core.gate.OrderGate;
import dev.osprey.core.market.BookSnapshot;
import dev.osprey.core.market.Level;
import dev.osprey.core.market.Scaled;
import dev.osprey.core.market.TradePrint;
import dev.osprey.core.mode.Criterion;
import dev.osprey.core.mode.CriterionResult;
import dev.osprey.core.mode.TradingMode;
import dev.osprey.core.mode.ValidationCriteria;
import dev.osprey.core.mode.ValidationReport;
import dev.osprey.core.order.Fill;
import dev.osprey.core.order.Liquidity;
import dev.osprey.core.order.OrderRequest;
import dev.osprey.core.order.OrderType;
import dev.osprey.core.order.Side;
import dev.osprey.core.risk.PreTradeRisk;
import dev.osprey.core.risk.RiskLimits;
import dev.osprey.core.venue.Balance;
import dev.osprey.core.venue.OrderAccepted;
import dev.osprey.core.venue.OrderFilled;
import dev.osprey.core.venue.VenueState;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Live trading is reviewed as it goes: a record that degrades steps the mode down without anyone asking. */
class LiveReviewTest {
    private static final long HOUR = 3_600_000L;
    /** Drawdown over 5 % fails; the rest is lenient, and a young record is judged on drawdown and errors only. */
    private static final ValidationCriteria CRITERIA = new ValidationCriteria(7, 45, 0.5, 5, 1.2, 10, 0);

    private final EngineState engine = new EngineState(Map.of("BTCUSDT", EngineStateTest.BTC),
            new RecordingOrderEntry(new CompletableFuture<>()), "paper", new OrderGate(), () -> 0L,
            new EngineSettings(new PreTradeRisk(RiskLimits.none()), MarkPrice.MID, System::nanoTime, null)
                    .withReview(new LiveReview(CRITERIA, HOUR)),
            EngineJournal.NONE, m -> { });
    private long time = 1_000;

    LiveReviewTest() {
        engine.handle(new EngineMessage.StartupState("paper", new VenueState(List.of(),
                List.of(new Balance("USDT", new BigDecimal("10000"), BigDecimal.ZERO)))));
        engine.handle(new EngineMessage.MarketData(new BookSnapshot("BTCUSDT", 1,
                List.of(new Level(Scaled.parse("99.99"), Scaled.ONE)),
                List.of(new Level(Scaled.parse("100.01"), Scaled.ONE)), time)));
    }

    private void trade(String price, long at) {
        time = at;
        engine.handle(new EngineMessage.MarketData(new TradePrint("BTCUSDT", at, Scaled.parse(price), Scaled.ONE,
                false, at, at)));
    }

    private TradingMode mode() {
        return engine.snapshot(1, 0, 1).mode().mode();
    }

    private void goLive() {
        ValidationReport passing = new ValidationReport(0, 8 * 86_400_000L, List.of(
                new CriterionResult(Criterion.DURATION, 8, 7, true, ""),
                new CriterionResult(Criterion.TRADES, 20, 10, true, "")));
        engine.handle(new Command.SwitchMode(TradingMode.LIVE_MINIMAL, passing, "trader", "go live"));
        assertEquals(TradingMode.LIVE_MINIMAL, mode());
    }

    /** A buy placed while on paper, filled by the venue once live: 40 BTC at 100. */
    private void filledWhileLive() {
        engine.handle(new Command.PlaceOrder(new OrderRequest("big", "BTCUSDT", Side.BUY, OrderType.LIMIT,
                new BigDecimal("40"), new BigDecimal("100"))));
        goLive();
        engine.handle(new EngineMessage.VenueUpdate("paper", new OrderAccepted("big", "V-big", time)));
        engine.handle(new EngineMessage.VenueUpdate("paper", new OrderFilled(new Fill("big", "V-big", "t1",
                "BTCUSDT", Side.BUY, new BigDecimal("100"), new BigDecimal("40"), BigDecimal.ZERO, "USDT",
                Liquidity.MAKER, time))));
    }

    @Test
    void whenTheLiveRecordDrawsDownPastTheLimit_thenTheNextReviewStepsBackToPaper() {
        filledWhileLive();
        trade("80", time + 10_000);          // 40 BTC down 20 each: 8 % below the stage's starting equity

        assertEquals(TradingMode.LIVE_MINIMAL, mode(), "not before the review is due");
        trade("80", time + HOUR);

        assertEquals(TradingMode.PAPER, mode());
        assertTrue(engine.snapshot(2, 0, 1).notice().startsWith("Live review:"), engine.snapshot(2, 0, 1).notice());
    }

    @Test
    void whenTheLiveRecordHolds_thenReviewsLeaveTheModeAlone() {
        filledWhileLive();
        trade("101", time + HOUR);
        trade("102", time + HOUR);

        assertEquals(TradingMode.LIVE_MINIMAL, mode());
    }
}
