package dev.osprey.core.engine;

import dev.osprey.core.gate.OrderGate;
import dev.osprey.core.market.BookSnapshot;
import dev.osprey.core.market.FeedState;
import dev.osprey.core.market.Level;
import dev.osprey.core.market.Scaled;
import dev.osprey.core.order.Fill;
import dev.osprey.core.order.Liquidity;
import dev.osprey.core.order.OrderRequest;
import dev.osprey.core.order.OrderType;
import dev.osprey.core.order.Side;
import dev.osprey.core.risk.PreTradeRisk;
import dev.osprey.core.risk.RiskLimits;
import dev.osprey.core.venue.OrderAccepted;
import dev.osprey.core.venue.OrderFilled;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The dashboard's figures as the engine measures them, with clocks the test moves. */
class DeskMetricsTest {
    private static final long DAY = 86_400_000L;
    private final AtomicLong wallMs = new AtomicLong(1_000_000);
    private final AtomicLong nanos = new AtomicLong(0);
    private EngineState engine;

    @BeforeEach
    void setUp() {
        engine = new EngineState(Map.of("BTCUSDT", EngineStateTest.BTC),
                new RecordingOrderEntry(new CompletableFuture<>()), new OrderGate(), wallMs::get,
                new EngineSettings(new PreTradeRisk(RiskLimits.none()), MarkPrice.MID, nanos::get));
        book(DAY - 10_000, "100", "101");
    }

    private void book(long exchangeMs, String bid, String ask) {
        engine.handle(new EngineMessage.MarketData(new BookSnapshot("BTCUSDT", exchangeMs,
                List.of(new Level(Scaled.parse(bid), Scaled.ONE)),
                List.of(new Level(Scaled.parse(ask), Scaled.ONE)), exchangeMs)));
    }

    private void place(String id) {
        engine.handle(new Command.PlaceOrder(new OrderRequest(id, "BTCUSDT", Side.BUY, OrderType.LIMIT,
                new BigDecimal("1"), new BigDecimal("101"))));
    }

    private void ack(String id) {
        engine.handle(new EngineMessage.VenueUpdate("paper", new OrderAccepted(id, "P-" + id, 0)));
    }

    private DeskMetrics metrics() {
        return engine.snapshot(1, 0, 20).metrics();
    }

    @Test
    void whenOrdersAreAcknowledged_thenSubmitToAckPercentilesAreTheWaits() {
        for (int i = 1; i <= 100; i++) {
            place("c" + i);
            nanos.addAndGet(i * 1_000_000L); // order i waits i ms for its ack
            ack("c" + i);
        }

        DeskMetrics.Latency l = metrics().submitToAck();

        assertEquals(50_000_000L, l.p50Nanos());
        assertEquals(99_000_000L, l.p99Nanos());
        assertEquals(100, l.samples());
    }

    @Test
    void whenOrdersAreSent_thenOrdersPerMinuteCountsOnlyTheLastMinute() {
        place("a");
        wallMs.addAndGet(30_000);
        place("b");
        place("c");
        assertEquals(3, metrics().ordersPerMinute());

        wallMs.addAndGet(30_000);

        assertEquals(2, metrics().ordersPerMinute(), "the first order is a minute old");
    }

    @Test
    void whenTheUtcDayTurns_thenDailyPnlStartsAgainFromTheTotal() {
        place("c1");
        engine.handle(new EngineMessage.VenueUpdate("paper", new OrderFilled(new Fill("c1", "P-1", "T1",
                "BTCUSDT", Side.BUY, new BigDecimal("101"), BigDecimal.ONE, BigDecimal.ZERO, "USDT",
                Liquidity.TAKER, DAY - 9_000))));
        book(DAY - 5_000, "110", "112"); // mid 111: +10 on the day
        assertEquals(0, new BigDecimal("10").compareTo(metrics().dailyPnl()));

        book(DAY + 5_000, "120", "122"); // the new day opens with the total at +20 ...
        assertEquals(0, BigDecimal.ZERO.compareTo(metrics().dailyPnl()));
        book(DAY + 6_000, "124", "126"); // ... and gains 4 more

        assertEquals(0, new BigDecimal("4").compareTo(metrics().dailyPnl()));
    }

    @Test
    void whenMarketDataArrives_thenItsFeedShowsWhenItWasLastHeard() {
        wallMs.set(2_000_000);
        book(DAY, "100", "101");

        DeskMetrics.FeedHealth feed = metrics().feeds().get(0);

        assertEquals("BTCUSDT", feed.symbol());
        assertEquals(2_000_000, feed.lastEventWallMs());
        assertEquals(FeedState.CONNECTING, feed.state(), "no FeedStatus has come yet");
    }
}
