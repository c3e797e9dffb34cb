package dev.osprey.core.engine;

import dev.osprey.core.breaker.BreakerStatus;
import dev.osprey.core.chart.CandleView;
import dev.osprey.core.chart.PnlPoint;
import dev.osprey.core.gate.OrderGate;
import dev.osprey.core.order.Fill;
import dev.osprey.core.order.Order;
import dev.osprey.core.venue.Balance;

import java.util.List;
import java.util.Map;

/**
 * The read-model the screen renders: a consistent picture of the engine's state at one moment, conflated
 * (the engine publishes at most one per ~8 ms while busy). {@code version} grows with every publish. Breaker trips
 * are in {@code breakers}, the kill switch's engagement in {@code trading} (the gate's last change) and in
 * {@code mode} (EMERGENCY_STOP).
 * {@code candles}: each symbol's candles built from its trades; {@code pnl}: the session's P&L curve;
 * {@code marketEvents}: how many market-data events the engine has applied so far.
 * {@code metrics} is the desk's health for the dashboard.
 */
public record EngineSnapshot(long version, long timeMs, OrderGate.Change trading, Map<String, BookView> books,
                             List<Order> orders, List<Fill> fills, List<PositionView> positions,
                             List<Balance> balances, int queueDepth, String notice,
                             List<BreakerStatus> breakers, ModeView mode, Map<String, CandleView> candles,
                             List<PnlPoint> pnl, long marketEvents, DeskMetrics metrics) {
    public EngineSnapshot {
        books = Map.copyOf(books);
        orders = List.copyOf(orders);
        fills = List.copyOf(fills);
        positions = List.copyOf(positions);
        balances = List.copyOf(balances);
        breakers = List.copyOf(breakers);
        candles = Map.copyOf(candles);
        pnl = List.copyOf(pnl);
    }

    public static EngineSnapshot empty(OrderGate.Change trading) {
        return new EngineSnapshot(0, 0, trading, Map.of(), List.of(), List.of(), List.of(), List.of(), 0, "",
                List.of(), ModeView.paper(), Map.of(), List.of(), 0, DeskMetrics.none());
    }
}
