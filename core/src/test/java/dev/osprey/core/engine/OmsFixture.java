package dev.osprey.core.engine;

import dev.osprey.core.gate.OrderGate;
import dev.osprey.core.market.BookSnapshot;
import dev.osprey.core.market.Level;
import dev.osprey.core.market.Scaled;
import dev.osprey.core.market.TradePrint;
import dev.osprey.core.order.Fill;
import dev.osprey.core.order.Liquidity;
import dev.osprey.core.order.Order;
import dev.osprey.core.order.OrderRequest;
import dev.osprey.core.order.OrderStatus;
import dev.osprey.core.order.OrderType;
import dev.osprey.core.order.Side;
import dev.osprey.core.order.TimeInForce;
import dev.osprey.core.order.Trailing;
import dev.osprey.core.venue.OrderAccepted;
import dev.osprey.core.venue.OrderCanceled;
import dev.osprey.core.venue.OrderFilled;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** An engine on a hand-driven BTCUSDT market and a venue that records what it is sent; the test plays the venue. */
final class OmsFixture {
    final OrderGate gate = new OrderGate();
    final RecordingOrderEntry venue = new RecordingOrderEntry(new CompletableFuture<>());
    final EngineState engine = new EngineState(Map.of("BTCUSDT", EngineStateTest.BTC), venue, gate, () -> 1_000L);
    private long time = 10_000;
    private int trades;

    OmsFixture() {
        engine.handle(new EngineMessage.MarketData(new BookSnapshot("BTCUSDT", 1,
                List.of(new Level(Scaled.parse("100"), Scaled.ONE)),
                List.of(new Level(Scaled.parse("101"), Scaled.ONE)), time)));
        trade("100.5");
    }

    void trade(String price) {
        time += 100;
        engine.handle(new EngineMessage.MarketData(new TradePrint("BTCUSDT", ++trades, Scaled.parse(price),
                Scaled.ONE, false, time, time)));
    }

    void place(OrderRequest r) {
        engine.handle(new Command.PlaceOrder(r));
    }

    void accept(String id) {
        engine.handle(new EngineMessage.VenueUpdate("paper", new OrderAccepted(id, "V-" + id, time)));
    }

    void fill(String id, Side side, String price, String qty) {
        engine.handle(new EngineMessage.VenueUpdate("paper", new OrderFilled(new Fill(id, "V-" + id, "T" + (++trades),
                "BTCUSDT", side, new BigDecimal(price), new BigDecimal(qty), BigDecimal.ZERO, "USDT",
                Liquidity.TAKER, time))));
    }

    void canceled(String id) {
        engine.handle(new EngineMessage.VenueUpdate("paper", new OrderCanceled(id, "canceled", time)));
    }

    long time() {
        return time;
    }

    Order order(String id) {
        return engine.order(id).orElseThrow();
    }

    OrderStatus status(String id) {
        return order(id).status();
    }

    /** The last request the venue got for {@code id}. */
    OrderRequest sent(String id) {
        return venue.placed.stream().filter(r -> r.clientOrderId().equals(id)).reduce((a, b) -> b).orElseThrow();
    }

    boolean wasSent(String id) {
        return venue.placed.stream().anyMatch(r -> r.clientOrderId().equals(id));
    }

    static OrderRequest limit(String id, Side side, String qty, String price) {
        return new OrderRequest(id, "BTCUSDT", side, OrderType.LIMIT, new BigDecimal(qty), new BigDecimal(price));
    }

    static OrderRequest market(String id, Side side, String qty) {
        return new OrderRequest(id, "BTCUSDT", side, OrderType.MARKET, new BigDecimal(qty), null);
    }

    static OrderRequest conditional(String id, Side side, OrderType type, String qty, String price, String stop,
                                    boolean reduceOnly) {
        return new OrderRequest(id, "BTCUSDT", side, type, new BigDecimal(qty), price == null ? null
                : new BigDecimal(price), new BigDecimal(stop), TimeInForce.GTC, 0L, false, reduceOnly, null);
    }

    static OrderRequest trailing(String id, Side side, String qty, Trailing t) {
        return new OrderRequest(id, "BTCUSDT", side, OrderType.TRAILING_STOP, new BigDecimal(qty), null, null,
                TimeInForce.GTC, 0L, false, false, t);
    }

    static OrderRequest gtd(String id, Side side, String qty, String price, long expireAtMs) {
        return new OrderRequest(id, "BTCUSDT", side, OrderType.LIMIT, new BigDecimal(qty), new BigDecimal(price), null,
                TimeInForce.GTD, expireAtMs, false, false, null);
    }
}
