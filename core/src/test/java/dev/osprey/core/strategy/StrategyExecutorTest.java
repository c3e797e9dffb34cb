package dev.osprey.core.strategy;

import dev.osprey.core.engine.Command;
import dev.osprey.core.engine.SubmitResult;
import dev.osprey.core.order.Fill;
import dev.osprey.core.order.Liquidity;
import dev.osprey.core.order.Order;
import dev.osprey.core.order.OrderRequest;
import dev.osprey.core.order.OrderStatus;
import dev.osprey.core.order.RejectReason;
import dev.osprey.core.order.Rejection;
import dev.osprey.core.order.Side;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StrategyExecutorTest {

    /** Asks for what the test scripted at given candle hours, and remembers every candle it was shown. */
    static final class Scripted implements Strategy {
        final Map<Long, OrderIntent> at = new HashMap<>();
        final List<Candle> seen = new ArrayList<>();

        @Override
        public String description() {
            return "scripted";
        }

        @Override
        public List<OrderIntent> onCandle(Candle candle, StrategyContext context) {
            seen.add(candle);
            OrderIntent i = at.get(candle.openTimeMs());
            return i == null ? List.of() : List.of(i);
        }
    }

    private final List<Command> sent = new ArrayList<>();
    private Rejection refuseWith;
    private final OrderSink sink = OrderSink.of(p -> {
        sent.add(p);
        return refuseWith == null ? SubmitResult.queued(p.request().clientOrderId())
                : SubmitResult.refused(p.request().clientOrderId(), refuseWith);
    }, sent::add);
    private final StrategyExecutor executor = new StrategyExecutor(Map.of("BTCUSDT", Candles.BTC), sink, 0L);
    private final Scripted strategy = new Scripted();

    private static OrderIntent buy(String qty) {
        return OrderIntent.market("BTCUSDT", Side.BUY, new BigDecimal(qty), "test buy");
    }

    private static Fill fillOf(OrderRequest r, String price, long t) {
        BigDecimal fee = r.qty().multiply(new BigDecimal(price)).movePointLeft(3);
        return new Fill(r.clientOrderId(), "v", "t" + t, r.symbol(), r.side(), new BigDecimal(price), r.qty(), fee,
                "USDT", Liquidity.TAKER, t);
    }

    /** What the engine reports for an order that filled completely at {@code price}. */
    private void filled(OrderRequest r, String price, long t) {
        Fill f = fillOf(r, price, t);
        executor.onOrder(Order.submitted(r, t).withFill(f));
        executor.onFill(f);
    }

    private OrderRequest lastRequest() {
        return ((Command.PlaceOrder) sent.get(sent.size() - 1)).request();
    }

    @Test
    void whenTheStrategySignals_thenAnOrdinaryPlaceOrderGoesToTheSink() {
        // Arrange
        executor.start("ma", strategy, new BigDecimal("1000"));
        strategy.at.put(Candles.at(1, "100").openTimeMs(), buy("2"));

        // Act
        executor.onCandle(Candles.at(0, "100"));
        executor.onCandle(Candles.at(1, "100"));

        // Assert
        assertEquals(1, sent.size());
        OrderRequest r = lastRequest();
        assertEquals("stg-0-1", r.clientOrderId());
        assertEquals(new BigDecimal("2"), r.qty());
        StrategyStatus s = executor.status("ma").orElseThrow();
        assertEquals(1, s.ordersSent());
        assertEquals("test buy", s.lastSignal().reason());
        assertEquals(Candles.at(1, "100").closeTimeMs(), s.lastSignal().candleCloseMs());
        assertEquals(StrategyStatus.State.RUNNING, s.state());
    }

    @Test
    void whenTheRoundTripFills_thenTheStrategysTradesAndPnlFollowItsOwnFills() {
        // Arrange
        executor.start("ma", strategy, new BigDecimal("1000"));
        strategy.at.put(Candles.at(0, "100").openTimeMs(), buy("2"));
        strategy.at.put(Candles.at(1, "110").openTimeMs(),
                OrderIntent.market("BTCUSDT", Side.SELL, new BigDecimal("2"), "test sell"));

        // Act
        executor.onCandle(Candles.at(0, "100"));
        filled(lastRequest(), "100", 1);
        executor.onCandle(Candles.at(1, "110"));
        filled(lastRequest(), "110", 2);
        executor.onCandle(Candles.at(2, "120"));

        // Assert: +20 gross, fees 0.2 + 0.22
        StrategyStatus s = executor.status("ma").orElseThrow();
        assertEquals(1, s.trades());
        assertEquals(0, new BigDecimal("19.58").compareTo(s.netPnl()));
        assertEquals(0, s.unresolvedErrors());
        assertEquals(3, executor.record("ma").equity().size());
    }

    @Test
    void whenTheGateRefusesOrRiskRejects_thenEachIsAnUnresolvedErrorWithItsReason() {
        // Arrange
        executor.start("ma", strategy, new BigDecimal("1000"));
        strategy.at.put(Candles.at(0, "100").openTimeMs(), buy("2"));
        strategy.at.put(Candles.at(1, "100").openTimeMs(), buy("3"));
        refuseWith = Rejection.of(RejectReason.HALTED);

        // Act
        executor.onCandle(Candles.at(0, "100"));
        refuseWith = null;
        executor.onCandle(Candles.at(1, "100"));
        OrderRequest second = lastRequest();
        executor.onOrder(Order.rejected(second, new Rejection(RejectReason.RISK_SYMBOL_NOT_ALLOWED, "BTCUSDT"), 2));

        // Assert
        StrategyStatus s = executor.status("ma").orElseThrow();
        assertEquals(2, s.unresolvedErrors());
        assertTrue(s.lastError().contains("Risk: symbol not allowed"), s.lastError());
        executor.resolveErrors("ma");
        assertEquals(0, executor.record("ma").unresolvedErrors());
    }

    @Test
    void whenAnHourIsMissingAndAnotherRepeats_thenTheGapIsBridgedAndTheRepeatDropped() {
        // Arrange: hours 0, 1, (2 missing, an exchange halt), 3, then 3 again and 1 late
        executor.start("ma", strategy, new BigDecimal("1000"));

        // Act
        for (int h : new int[] {0, 1, 3, 3, 1, 4}) {
            executor.onCandle(Candles.at(h, "100"));
        }

        // Assert
        assertEquals(List.of(0L, 1L, 3L, 4L), strategy.seen.stream()
                .map(c -> (c.openTimeMs() - Candles.T0) / Candles.HOUR).toList());
        assertEquals(4, executor.record("ma").equity().size());
    }

    @Test
    void whenStopped_thenItsWorkingOrderIsCancelled_andItIsAskedNoMore() {
        // Arrange
        executor.start("ma", strategy, new BigDecimal("1000"));
        strategy.at.put(Candles.at(0, "100").openTimeMs(), buy("2"));
        executor.onCandle(Candles.at(0, "100"));
        OrderRequest working = lastRequest();

        // Act
        executor.stop("ma", "trader");
        executor.onOrder(Order.submitted(working, 1).withStatus(OrderStatus.CANCELED, "canceled on request", 1));
        executor.onCandle(Candles.at(1, "100"));

        // Assert
        assertEquals(new Command.CancelOrder("BTCUSDT", working.clientOrderId()), sent.get(1));
        assertEquals(1, strategy.seen.size());
        StrategyStatus s = executor.list().get(0);
        assertEquals(StrategyStatus.State.STOPPED, s.state());
        assertEquals(0, s.unresolvedErrors(), "a cancel we asked for is no error");
    }

    @Test
    void whenANameIsTaken_thenStartIsRefused() {
        executor.start("ma", strategy, BigDecimal.TEN);
        assertThrows(IllegalArgumentException.class, () -> executor.start("ma", new Scripted(), BigDecimal.TEN));
        assertThrows(IllegalArgumentException.class, () -> executor.stop("nope", "x"));
    }

    @Test
    void whenEverythingIsStopped_thenEachRunningStrategyStops_andItsWorkingOrdersAreCancelled() {
        Scripted other = new Scripted();
        executor.start("a", strategy, new BigDecimal("1000"));
        executor.start("b", other, new BigDecimal("1000"));
        strategy.at.put(Candles.at(0, "100").openTimeMs(), buy("1"));
        executor.onCandle(Candles.at(0, "100"));
        OrderRequest working = lastRequest();

        executor.stopAll("emergency stop");
        executor.onCandle(Candles.at(1, "100"));

        assertEquals(List.of(StrategyStatus.State.STOPPED, StrategyStatus.State.STOPPED),
                executor.list().stream().map(StrategyStatus::state).toList());
        assertTrue(sent.stream().anyMatch(c -> c instanceof Command.CancelOrder x
                && x.clientOrderId().equals(working.clientOrderId())));
        assertEquals(1, strategy.seen.size(), "no candle reaches a stopped strategy");
        assertEquals(1, other.seen.size(), "no candle reaches a stopped strategy");
    }
}
