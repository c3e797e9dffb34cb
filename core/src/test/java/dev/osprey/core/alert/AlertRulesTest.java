package dev.osprey.core.alert;

import dev.osprey.core.breaker.BreakerAction;
import dev.osprey.core.breaker.BreakerState;
import dev.osprey.core.breaker.BreakerStatus;
import dev.osprey.core.engine.BookView;
import dev.osprey.core.engine.DeskMetrics;
import dev.osprey.core.engine.EngineSnapshot;
import dev.osprey.core.engine.ModeView;
import dev.osprey.core.engine.PositionView;
import dev.osprey.core.gate.OrderGate;
import dev.osprey.core.gate.TradingState;
import dev.osprey.core.market.FeedState;
import dev.osprey.core.order.Fill;
import dev.osprey.core.order.Liquidity;
import dev.osprey.core.order.Order;
import dev.osprey.core.order.OrderRequest;
import dev.osprey.core.order.OrderStatus;
import dev.osprey.core.order.OrderType;
import dev.osprey.core.order.Rejection;
import dev.osprey.core.order.RejectReason;
import dev.osprey.core.order.Side;
import dev.osprey.core.order.TimeInForce;
import dev.osprey.core.venue.Balance;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AlertRulesTest {
    private static final long T0 = 1_723_100_000_000L;
    private static final OrderGate.Change ACTIVE = new OrderGate.Change(TradingState.ACTIVE, "system", "start", 0);
    private final AlertRules rules = new AlertRules(new AlertSettings(500, 5_000, new BigDecimal("1"),
            new BigDecimal("0.8"), Set.of("USDT")));
    private long version;

    @Test
    void whenAnOrderIsRejected_thenOneWarningNamesItsReason() {
        Order rejected = Order.rejected(request("o1", "5"), new Rejection(RejectReason.HALTED, "stopped by x"), T0);

        List<Alert> first = rules.observe(snapshot(List.of(rejected), List.of(), List.of(), ACTIVE), T0);
        List<Alert> again = rules.observe(snapshot(List.of(rejected), List.of(), List.of(), ACTIVE), T0);

        assertEquals(1, first.size());
        assertEquals(AlertKind.ORDER_REJECTED, first.get(0).kind());
        assertEquals(Severity.WARNING, first.get(0).severity());
        assertTrue(first.get(0).text().contains("stopped by x"), first.get(0).text());
        assertTrue(again.isEmpty(), "the same rejection is not raised twice");
    }

    @Test
    void whenFillsArrive_thenEachNewFillIsAlertedOnceOldestFirst() {
        Fill a = fill("o1", "t1", "60000");
        Fill b = fill("o1", "t2", "60001");
        Fill c = fill("o1", "t3", "60002");

        List<Alert> first = rules.observe(snapshot(List.of(), List.of(a), List.of(), ACTIVE), T0);
        List<Alert> second = rules.observe(snapshot(List.of(), List.of(c, b, a), List.of(), ACTIVE), T0);

        assertEquals(List.of(AlertKind.ORDER_FILLED), first.stream().map(Alert::kind).toList());
        assertEquals(2, second.size());
        assertTrue(second.get(0).text().contains("60001") && second.get(1).text().contains("60002"));
    }

    @Test
    void whenAckTakesLongerThanTheLimit_thenLatencyHighIsRaised() {
        Order submitted = Order.submitted(request("o1", "60000"), T0);
        Order slow = submitted.withStatus(OrderStatus.ACCEPTED, "", T0 + 800);
        Order fast = Order.submitted(request("o2", "60000"), T0).withStatus(OrderStatus.ACCEPTED, "", T0 + 100);

        rules.observe(snapshot(List.of(submitted, Order.submitted(request("o2", "60000"), T0)), List.of(), List.of(),
                ACTIVE), T0);
        List<Alert> alerts = rules.observe(snapshot(List.of(slow, fast), List.of(), List.of(), ACTIVE), T0);

        assertEquals(1, alerts.size());
        assertEquals(AlertKind.LATENCY_HIGH, alerts.get(0).kind());
        assertTrue(alerts.get(0).text().contains("o1") && alerts.get(0).text().contains("800 ms"));
    }

    @Test
    void whenAPositionOpensAndCloses_thenOpenedThenClosedAreRaised() {
        List<Alert> opened = rules.observe(snapshot(List.of(), List.of(), List.of(position("0.01", "0")), ACTIVE), T0);
        List<Alert> held = rules.observe(snapshot(List.of(), List.of(), List.of(position("0.01", "0")), ACTIVE), T0);
        List<Alert> closed = rules.observe(snapshot(List.of(), List.of(), List.of(position("0", "0")), ACTIVE), T0);

        assertEquals(List.of(AlertKind.POSITION_OPENED), opened.stream().map(Alert::kind).toList());
        assertTrue(held.isEmpty());
        assertEquals(List.of(AlertKind.POSITION_CLOSED), closed.stream().map(Alert::kind).toList());
    }

    @Test
    void whenTheDaysLossReaches80PercentOfItsLimit_thenOneWarningIsRaised() {
        // Day-start equity 10,000 USDT, limit 1 % = 100; 80 % of it is a loss of 80.
        rules.observe(snapshot(List.of(), List.of(), List.of(position("0", "0")), ACTIVE), T0);
        List<Alert> at79 = rules.observe(snapshot(List.of(), List.of(), List.of(position("0", "-79")), ACTIVE), T0);
        List<Alert> at80 = rules.observe(snapshot(List.of(), List.of(), List.of(position("0", "-80")), ACTIVE), T0);
        List<Alert> at90 = rules.observe(snapshot(List.of(), List.of(), List.of(position("0", "-90")), ACTIVE), T0);

        assertTrue(at79.isEmpty());
        assertEquals(List.of(AlertKind.DAILY_LOSS_NEAR_LIMIT), at80.stream().map(Alert::kind).toList());
        assertTrue(at80.get(0).text().contains("80.0 %"), at80.get(0).text());
        assertTrue(at90.isEmpty(), "once a day");
    }

    @Test
    void whenTheDeskHasNoDailyLossLimit_thenNoDailyLossAlertIsRaised() {
        AlertRules noLimit = new AlertRules(new AlertSettings(500, 5_000, null, new BigDecimal("0.8"), Set.of("USDT")));

        noLimit.observe(snapshot(List.of(), List.of(), List.of(position("0", "0")), ACTIVE), T0);
        List<Alert> at500 = noLimit.observe(snapshot(List.of(), List.of(), List.of(position("0", "-500")), ACTIVE), T0);

        assertTrue(at500.isEmpty());
    }

    @Test
    void whenTheKillSwitchIsEngaged_thenACriticalAlertIsRaisedOnce() {
        OrderGate.Change halted = new OrderGate.Change(TradingState.HALTED, "trader", "F12", T0);

        rules.observe(snapshot(List.of(), List.of(), List.of(), ACTIVE), T0);
        List<Alert> engaged = rules.observe(snapshot(List.of(), List.of(), List.of(), halted), T0);
        List<Alert> still = rules.observe(snapshot(List.of(), List.of(), List.of(), halted), T0);

        assertEquals(1, engaged.size());
        assertEquals(Severity.CRITICAL, engaged.get(0).severity());
        assertTrue(engaged.get(0).text().contains("trader: F12"));
        assertTrue(still.isEmpty());
    }

    @Test
    void whenABreakerOpens_thenBreakerTrippedIsRaised() {
        rules.observe(withBreaker(BreakerState.CLOSED), T0);
        List<Alert> tripped = rules.observe(withBreaker(BreakerState.OPEN), T0);

        assertEquals(List.of(AlertKind.BREAKER_TRIPPED), tripped.stream().map(Alert::kind).toList());
        assertTrue(tripped.get(0).text().contains("daily-loss"));
    }

    @Test
    void whenTheFeedDisconnects_orGoesQuietWhileLive_thenVenueAndStaleAlertsAreRaised() {
        rules.observe(withBook(FeedState.LIVE, T0), 1_000);
        List<Alert> quiet = rules.observe(withBook(FeedState.LIVE, T0), 5_999);
        List<Alert> stale = rules.observe(withBook(FeedState.LIVE, T0), 6_000);
        List<Alert> fresh = rules.observe(withBook(FeedState.LIVE, T0 + 1), 6_100);
        List<Alert> down = rules.observe(withBook(FeedState.DISCONNECTED, T0 + 2), 6_200);

        assertTrue(quiet.isEmpty());
        assertEquals(List.of(AlertKind.DATA_STALE), stale.stream().map(Alert::kind).toList());
        assertTrue(fresh.isEmpty());
        assertEquals(List.of(AlertKind.VENUE_DISCONNECTED), down.stream().map(Alert::kind).toList());
    }

    private EngineSnapshot withBreaker(BreakerState state) {
        BreakerStatus b = new BreakerStatus("daily-loss", "", state, BreakerAction.HALT_NEW_TRADES, T0, "loss 1 %");
        return new EngineSnapshot(++version, T0, ACTIVE, Map.of(), List.of(), List.of(), List.of(), balances(), 0, "",
                List.of(b), ModeView.paper(), Map.of(), List.of(), 0,
                DeskMetrics.none());
    }

    private EngineSnapshot withBook(FeedState feed, long lastEventMs) {
        BookView book = new BookView("BTCUSDT", List.of(), List.of(), feed, "", 0, lastEventMs);
        return new EngineSnapshot(++version, T0, ACTIVE, Map.of("BTCUSDT", book), List.of(), List.of(), List.of(),
                balances(), 0, "", List.of(), ModeView.paper(), Map.of(), List.of(), 0,
                DeskMetrics.none());
    }

    private EngineSnapshot snapshot(List<Order> orders, List<Fill> fills, List<PositionView> positions,
                                    OrderGate.Change trading) {
        return new EngineSnapshot(++version, T0, trading, Map.of(), orders, fills, positions, balances(), 0, "",
                List.of(), ModeView.paper(), Map.of(), List.of(), 0,
                DeskMetrics.none());
    }

    private static List<Balance> balances() {
        return List.of(new Balance("USDT", new BigDecimal("10000"), BigDecimal.ZERO));
    }

    private static PositionView position(String qty, String realised) {
        return new PositionView("BTCUSDT", new BigDecimal(qty), new BigDecimal("60000"), new BigDecimal("60000"),
                BigDecimal.ZERO, new BigDecimal(realised), BigDecimal.ZERO);
    }

    private static OrderRequest request(String id, String price) {
        return new OrderRequest(id, "BTCUSDT", Side.BUY, OrderType.LIMIT, new BigDecimal("0.01"),
                new BigDecimal(price), null, TimeInForce.GTC, 0L, false, false, null);
    }

    private static Fill fill(String order, String trade, String price) {
        return new Fill(order, "v1", trade, "BTCUSDT", Side.BUY, new BigDecimal(price), new BigDecimal("0.001"),
                new BigDecimal("0.06"), "USDT", Liquidity.TAKER, T0);
    }
}
