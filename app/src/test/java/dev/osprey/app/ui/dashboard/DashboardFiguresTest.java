package dev.osprey.app.ui.dashboard;

import dev.osprey.core.breaker.BreakerAction;
import dev.osprey.core.breaker.BreakerConfig;
import dev.osprey.core.breaker.BreakerState;
import dev.osprey.core.breaker.BreakerStatus;
import dev.osprey.core.engine.DeskMetrics;
import dev.osprey.core.engine.EngineSnapshot;
import dev.osprey.core.engine.ModeView;
import dev.osprey.core.engine.PositionView;
import dev.osprey.core.gate.OrderGate;
import dev.osprey.core.gate.TradingState;
import dev.osprey.core.market.FeedState;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DashboardFiguresTest {
    private static final long NOW = 1_700_000_000_000L;
    private final DashboardFigures figures = new DashboardFigures("PAPER", 5_000,
            new BreakerCooldowns(BreakerConfig.defaults()));

    private static PositionView position(String symbol, String qty, String avg, String mark, String fees) {
        BigDecimal q = new BigDecimal(qty);
        BigDecimal unrealised = q.multiply(new BigDecimal(mark).subtract(new BigDecimal(avg)));
        return new PositionView(symbol, q, new BigDecimal(avg), new BigDecimal(mark), unrealised, BigDecimal.ZERO,
                new BigDecimal(fees));
    }

    private static EngineSnapshot snapshot(List<PositionView> positions, List<BreakerStatus> breakers,
                                           DeskMetrics metrics, TradingState trading) {
        return new EngineSnapshot(1, NOW, new OrderGate.Change(trading, "trader", "drill", NOW), Map.of(),
                List.of(), List.of(), positions, List.of(), 0, "", breakers, ModeView.paper(), Map.of(), List.of(), 0,
                metrics);
    }

    private Map<String, Figure> of(EngineSnapshot s) {
        return figures.of(s, NOW).stream().collect(Collectors.toMap(Figure::id, f -> f));
    }

    @Test
    void whenLongAndShortAreHeld_thenPnlExposureAndPositionsAddUp() {
        // long 0.1 BTC bought at 60000, marked 61000: +100 - 6 fees; short 2 ETH sold at 3000, marked 3100: -200 - 1
        EngineSnapshot s = snapshot(List.of(position("BTCUSDT", "0.1", "60000", "61000", "6"),
                position("ETHUSDT", "-2", "3000", "3100", "1")), List.of(), DeskMetrics.none(), TradingState.ACTIVE);

        Map<String, Figure> f = of(s);

        assertEquals("-107.00 USDT", f.get("pnl-total").value());
        assertEquals(Figure.Level.WARN, f.get("pnl-total").level());
        assertEquals("12300.00 USDT", f.get("exposure").value(), "gross: 6100 + 6200");
        assertEquals("net -100.00", f.get("exposure").detail());
        assertEquals("2", f.get("positions").value());
        assertEquals("BTCUSDT 0.1, ETHUSDT -2", f.get("positions").detail());
    }

    @Test
    void whenAFeedIsSilentPastTheLimit_thenItIsStale_butAnEndedReplayIsNot() {
        DeskMetrics m = new DeskMetrics(3, new DeskMetrics.Latency(2_500_000, 40_000_000, 12),
                new DeskMetrics.Latency(800_000, 1_200_000, 99), new BigDecimal("12.5"),
                List.of(new DeskMetrics.Heartbeat("paper", NOW - 2_000)),
                List.of(new DeskMetrics.FeedHealth("BTCUSDT", FeedState.LIVE, NOW - 6_000),
                        new DeskMetrics.FeedHealth("ETHUSDT", FeedState.ENDED, NOW - 60_000)));

        Map<String, Figure> f = of(snapshot(List.of(), List.of(), m, TradingState.ACTIVE));

        assertEquals("STALE", f.get("feeds").value());
        assertEquals("BTCUSDT LIVE 6.0 s STALE\nETHUSDT ENDED 1m 00s", f.get("feeds").detail());
        assertEquals("paper: last heard 2.0 s ago", f.get("venues").detail());
        assertEquals("2.5 ms / 40.0 ms", f.get("latency-ack").value());
        assertEquals("800 µs / 1.2 ms", f.get("latency-md").value());
        assertEquals("3", f.get("orders-rate").value());
        assertEquals("+12.50 USDT", f.get("pnl-daily").value());
    }

    @Test
    void whenABreakerIsOpen_thenItsCooldownLeftShows_andHaltedModeIsAnAlert() {
        BreakerConfig config = BreakerConfig.defaults();
        var timed = config.triggers().stream()
                .filter(t -> t.cooldown().release() == dev.osprey.core.breaker.Cooldown.Release.AFTER_TIME)
                .findFirst().orElseThrow();
        long openedAt = NOW - 60_000;
        BreakerStatus open = new BreakerStatus(timed.name(), "", BreakerState.OPEN, timed.action(), openedAt, "x");
        BreakerStatus closed = new BreakerStatus("other", "", BreakerState.CLOSED, BreakerAction.ALERT_ONLY, 0, "");

        Map<String, Figure> f = of(snapshot(List.of(), List.of(open, closed), DeskMetrics.none(),
                TradingState.HALTED));

        long leftMs = timed.cooldown().min().toMillis() - 60_000;
        String left = DashFormat.duration(java.time.Duration.ofMillis(leftMs)) + " left";
        assertEquals("1 OPEN", f.get("breaker").value());
        assertTrue(f.get("breaker").detail().endsWith(left), f.get("breaker").detail() + " should end with " + left);
        assertEquals(Figure.Level.ALERT, f.get("mode").level());
        assertEquals("HALTED by trader", f.get("mode").detail());
    }
}
