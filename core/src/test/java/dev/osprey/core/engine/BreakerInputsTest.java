package dev.osprey.core.engine;

import dev.osprey.core.breaker.BreakerConfig;
import dev.osprey.core.breaker.BreakerEvent;
import dev.osprey.core.breaker.BreakerState;
import dev.osprey.core.breaker.BreakerStatus;
import dev.osprey.core.breaker.DefaultTriggers;
import dev.osprey.core.breaker.Trigger;
import dev.osprey.core.gate.OrderGate;
import dev.osprey.core.instrument.Instrument;
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
import dev.osprey.core.order.TimeInForce;
import dev.osprey.core.risk.PreTradeRisk;
import dev.osprey.core.risk.RiskLimits;
import dev.osprey.core.venue.AccountEvent;
import dev.osprey.core.venue.ApiCallFailed;
import dev.osprey.core.venue.Balance;
import dev.osprey.core.venue.OrderAccepted;
import dev.osprey.core.venue.OrderFilled;
import dev.osprey.core.venue.VenueHeartbeat;
import dev.osprey.core.venue.VenueState;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The breaker inputs the engine measures itself or hears from the venue: submit-to-ack latency, API errors,
 * heartbeats, market-data age, correlation of open positions and realised volatility. Each trips its trigger
 * through the engine and the engine takes the action.
 */
class BreakerInputsTest {
    static final Instrument ETH = new Instrument("ETHUSDT", "ETH", "USDT", new BigDecimal("0.01"),
            new BigDecimal("0.0001"), new BigDecimal("0.0001"), new BigDecimal("9000"), new BigDecimal("5"));
    private static final String VENUE = "binance";

    private final RecordingOrderEntry venue = new RecordingOrderEntry(new CompletableFuture<>());
    private long wall = 1_700_000_000_000L;
    private long nanos = 1_000_000_000L;
    private long time = 1_700_000_000_000L;
    private int ids;
    private EngineState engine = engine(BreakerConfig.defaults());

    private EngineState engine(BreakerConfig config) {
        Map<String, Instrument> instruments = new LinkedHashMap<>();
        instruments.put("BTCUSDT", EngineStateTest.BTC);
        instruments.put("ETHUSDT", ETH);
        EngineState e = new EngineState(instruments, venue, new OrderGate(), () -> wall, new EngineSettings(
                new PreTradeRisk(RiskLimits.none()), MarkPrice.MID, () -> nanos, config));
        e.handle(new EngineMessage.StartupState(VENUE, new VenueState(List.of(),
                List.of(new Balance("USDT", new BigDecimal("100000"), BigDecimal.ZERO)))));
        return e;
    }

    private void market(String symbol, double mid) {
        BigDecimal m = BigDecimal.valueOf(mid).round(new MathContext(8));
        engine.handle(new EngineMessage.MarketData(new BookSnapshot(symbol, time,
                List.of(new Level(Scaled.parse(m.subtract(new BigDecimal("0.01")).toPlainString()), Scaled.ONE)),
                List.of(new Level(Scaled.parse(m.add(new BigDecimal("0.01")).toPlainString()), Scaled.ONE)), time)));
    }

    private void advance(long ms) {
        time += ms;
        wall += ms;
        nanos += TimeUnit.MILLISECONDS.toNanos(ms);
    }

    private void venueSays(AccountEvent event) {
        engine.handle(new EngineMessage.VenueUpdate(VENUE, event));
    }

    private Order entry(String symbol, String qty) {
        String id = "o" + ++ids;
        engine.handle(new Command.PlaceOrder(new OrderRequest(id, symbol, Side.BUY, OrderType.LIMIT,
                new BigDecimal(qty), new BigDecimal("99"))));
        return engine.order(id).orElseThrow();
    }

    private void filledLong(String symbol, String qty, String price) {
        String id = "o" + ++ids;
        engine.handle(new Command.PlaceOrder(new OrderRequest(id, symbol, Side.BUY, OrderType.MARKET,
                new BigDecimal(qty), null)));
        venueSays(new OrderFilled(new Fill(id, "V" + id, "T" + id, symbol, Side.BUY, new BigDecimal(price),
                new BigDecimal(qty), BigDecimal.ZERO, "USDT", Liquidity.TAKER, time)));
    }

    private BreakerStatus breaker(String name) {
        return engine.snapshot(1, 0, 1).breakers().stream().filter(b -> (b.scope().isEmpty() ? b.trigger()
                : b.trigger() + "@" + b.scope()).equals(name)).findFirst().orElseThrow(() -> new AssertionError(
                "no breaker " + name + " in " + engine.snapshot(1, 0, 1).breakers()));
    }

    private static BreakerConfig only(String name, String condition, String threshold, String action,
                                      String cooldown) {
        return BreakerConfig.defaults().withTriggers(List.of(Trigger.parse(name, condition, threshold, action,
                cooldown)));
    }

    @Test
    void whenTheVenueTakesOverTwoSecondsToAck_thenTradingPauses_andAfterTheHourAProbeGoesAtAQuarterSize() {
        market("BTCUSDT", 100);
        Order slow = entry("BTCUSDT", "1");
        advance(2_500);
        venueSays(new OrderAccepted(slow.clientOrderId(), "V1", time));
        advance(1_000);
        market("BTCUSDT", 100);

        assertEquals(BreakerState.OPEN, breaker(DefaultTriggers.API_LATENCY).state());
        assertTrue(breaker(DefaultTriggers.API_LATENCY).reason().contains("p99 latency ms 2500"),
                breaker(DefaultTriggers.API_LATENCY).reason());
        assertTrue(venue.cancelled.contains(slow.clientOrderId()), "the working entry is cancelled");
        Order refused = entry("BTCUSDT", "1");
        assertTrue(refused.reason().startsWith(RejectReason.BREAKER_PAUSED.message()), refused.reason());

        advance(TimeUnit.MINUTES.toMillis(59));
        market("BTCUSDT", 100);
        assertEquals(BreakerState.OPEN, breaker(DefaultTriggers.API_LATENCY).state(), "cooldown not over");
        advance(TimeUnit.MINUTES.toMillis(1));
        market("BTCUSDT", 100);

        assertEquals(BreakerState.HALF_OPEN, breaker(DefaultTriggers.API_LATENCY).state());
        Order probe = entry("BTCUSDT", "1");
        assertEquals(OrderStatus.SUBMITTED, probe.status());
        assertEquals(0, new BigDecimal("0.25").compareTo(probe.qty()), "probe at 0.25x: " + probe.qty());
    }

    @Test
    void whenTheVenueNeverAnswers_thenTheWaitAloneTripsTheLatencyBreaker() {
        market("BTCUSDT", 100);
        venueSays(new OrderAccepted("earlier", "V0", time));   // the venue is known, then goes quiet
        entry("BTCUSDT", "1");
        advance(2_100);
        engine.idle();

        assertEquals(BreakerState.OPEN, breaker(DefaultTriggers.API_LATENCY).state());
    }

    @Test
    void whenTheHeartbeatIsMissedForTwoIntervals_thenThatVenueIsHalted_andAlerted_untilItBeatsAgain() {
        List<BreakerEvent> heard = new ArrayList<>();
        engine.addBreakerListener(heard::add);
        market("BTCUSDT", 100);
        venueSays(new VenueHeartbeat(1_000, time));
        advance(1_500);
        engine.idle();
        assertEquals(BreakerState.CLOSED, breaker(DefaultTriggers.VENUE_HEARTBEAT + "@" + VENUE).state());

        advance(600);
        engine.idle();

        assertEquals(BreakerState.OPEN, breaker(DefaultTriggers.VENUE_HEARTBEAT + "@" + VENUE).state());
        assertTrue(heard.stream().anyMatch(e -> e.kind() == BreakerEvent.Kind.TRIPPED
                && e.trigger().equals(DefaultTriggers.VENUE_HEARTBEAT) && e.scope().equals(VENUE)), heard.toString());
        assertTrue(entry("BTCUSDT", "1").reason().startsWith(RejectReason.BREAKER_VENUE_HALTED.message()));

        venueSays(new VenueHeartbeat(1_000, time));
        advance(1_000);
        engine.idle();
        assertEquals(BreakerState.HALF_OPEN, breaker(DefaultTriggers.VENUE_HEARTBEAT + "@" + VENUE).state());
        assertEquals(OrderStatus.SUBMITTED, entry("BTCUSDT", "1").status());
    }

    @Test
    void whenTheVenuesCallsFail_thenTheErrorRateTripsItsTrigger() {
        engine = engine(only("api-errors", "API_ERROR_RATE", "0.05", "PAUSE_TRADING", "1h"));
        market("BTCUSDT", 100);
        Order o = entry("BTCUSDT", "1");
        venueSays(new OrderAccepted(o.clientOrderId(), "V1", time));
        venueSays(new ApiCallFailed("cancel", "HTTP 503", time));
        advance(1_000);
        engine.idle();

        assertEquals(BreakerState.OPEN, breaker("api-errors").state());
        assertTrue(breaker("api-errors").reason().contains("error rate 0.5"), breaker("api-errors").reason());
    }

    @Test
    void whenMarketDataStopsArriving_thenTheStalenessTriggerHaltsNewTrades_andClearsWhenDataReturns() {
        engine = engine(only("stale", "DATA_STALE_MS", "5000", "HALT_NEW_TRADES", "until-clear"));
        market("BTCUSDT", 100);
        advance(5_200);
        engine.idle();

        assertEquals(BreakerState.OPEN, breaker("stale").state());
        assertTrue(breaker("stale").reason().contains("BTCUSDT"), breaker("stale").reason());
        assertTrue(entry("BTCUSDT", "1").reason().startsWith(RejectReason.BREAKER_EXITS_ONLY.message()));

        market("BTCUSDT", 100);
        advance(1_000);
        engine.idle();
        assertEquals(BreakerState.HALF_OPEN, breaker("stale").state());
    }

    @Test
    void whenTwoOpenPositionsMoveTogether_thenBothAreClosed() {
        market("BTCUSDT", 100);
        market("ETHUSDT", 50);
        filledLong("BTCUSDT", "10", "100");
        filledLong("ETHUSDT", "10", "50");
        double btc = 100;
        double eth = 50;
        for (int minute = 0; minute < 24 && breaker(DefaultTriggers.CORRELATION).state() == BreakerState.CLOSED;
             minute++) {
            double r = 0.002 * Math.sin(minute * 1.7);
            btc *= 1 + r;
            eth *= 1 + 1.2 * r;
            advance(60_000);
            market("BTCUSDT", btc);
            advance(1_000);
            market("ETHUSDT", eth);
        }

        assertEquals(BreakerState.OPEN, breaker(DefaultTriggers.CORRELATION).state());
        assertTrue(breaker(DefaultTriggers.CORRELATION).reason().contains("BTCUSDT/ETHUSDT"));
        assertTrue(venue.placed.stream().anyMatch(o -> o.clientOrderId().startsWith("flat-BTCUSDT")
                && o.side() == Side.SELL && o.reduceOnly()));
        assertTrue(venue.placed.stream().anyMatch(o -> o.clientOrderId().startsWith("flat-ETHUSDT")
                && o.side() == Side.SELL && o.reduceOnly()));
    }

    @Test
    void whenRealisedVolatilityIsFarAboveTarget_thenEntriesAreScaledDown_butExitsAreNot() {
        market("BTCUSDT", 100);
        filledLong("BTCUSDT", "2", "100");
        for (int minute = 0; minute < 22; minute++) {
            advance(60_000);
            market("BTCUSDT", minute % 2 == 0 ? 101 : 100);
        }

        Order scaled = entry("BTCUSDT", "1");

        // ~1 % moves a minute are ~7x the 50 % annual target: a seventh of the size, floored to the lot step.
        assertEquals(OrderStatus.SUBMITTED, scaled.status(), scaled.reason());
        assertTrue(scaled.qty().compareTo(new BigDecimal("0.05")) > 0
                && scaled.qty().compareTo(new BigDecimal("0.09")) < 0, "scaled to " + scaled.qty());
        assertTrue(engine.snapshot(1, 0, 1).notice().contains("scaled by the circuit breaker"));
        assertEquals(scaled.qty(), venue.placed.get(venue.placed.size() - 1).qty(), "the venue got the scaled size");

        engine.handle(new Command.PlaceOrder(new OrderRequest("exit", "BTCUSDT", Side.SELL, OrderType.LIMIT,
                BigDecimal.ONE, new BigDecimal("101"), null, TimeInForce.GTC, 0L, false, true, null)));
        assertEquals(OrderStatus.SUBMITTED, engine.order("exit").orElseThrow().status());
        assertEquals(0, BigDecimal.ONE.compareTo(engine.order("exit").orElseThrow().qty()), "an exit keeps its size");
    }
}
