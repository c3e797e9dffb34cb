package dev.osprey.paper;

import dev.osprey.core.engine.Command;
import dev.osprey.core.instrument.Instrument;
import dev.osprey.core.market.BookSnapshot;
import dev.osprey.core.market.Level;
import dev.osprey.core.market.Scaled;
import dev.osprey.core.market.TradePrint;
import dev.osprey.core.order.OrderRequest;
import dev.osprey.core.order.OrderStatus;
import dev.osprey.core.order.OrderType;
import dev.osprey.core.order.Side;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The order path the benchmarks time: a command into the engine's logic ({@link dev.osprey.core.engine.EngineState},
 * no pre-trade risk yet), the paper matcher, and every report back into the engine, on one thread
 * ({@link SyncDesk}). A rig serves one batch of orders: the engine keeps every order of its session, so a fresh rig
 * per batch keeps the benchmark from measuring an ever larger order map. Commands are built up front, as a ticket
 * would have built them.
 */
final class OrderPathRig {
    static final Instrument BTCUSDT = new Instrument("BTCUSDT", "BTC", "USDT", new BigDecimal("0.01"),
            new BigDecimal("0.00001"), new BigDecimal("0.00001"), new BigDecimal("9000"), new BigDecimal("5"));
    private static final PaperAccountConfig ACCOUNT = new PaperAccountConfig(new BigDecimal("2"),
            new BigDecimal("10"), Map.of("USDT", new BigDecimal("100000000"), "BTC", new BigDecimal("1000")));

    private final SyncDesk desk = new SyncDesk(ACCOUNT, List.of(BTCUSDT));
    private final Command.PlaceOrder[] places;
    private final Command.CancelOrder[] cancels;
    private final Command.PlaceOrder[] marketOrders;

    OrderPathRig(int batch) {
        desk.market(new BookSnapshot("BTCUSDT", 1, levels(60_000_00, -1), levels(60_001_00, 1), 1_000));
        desk.market(new TradePrint("BTCUSDT", 1, Scaled.parse("60000.50"), Scaled.ONE, true, 1_001, 1_001));
        places = new Command.PlaceOrder[batch];
        cancels = new Command.CancelOrder[batch];
        marketOrders = new Command.PlaceOrder[batch];
        for (int i = 0; i < batch; i++) {
            Side side = i % 2 == 0 ? Side.BUY : Side.SELL;
            // Passive: a buy 10 to 29 ticks under the bid, a sell as far over the ask.
            BigDecimal price = side == Side.BUY ? BigDecimal.valueOf(60_000_00 - 10 - i % 20, 2)
                    : BigDecimal.valueOf(60_001_00 + 10 + i % 20, 2);
            places[i] = new Command.PlaceOrder(new OrderRequest("L" + i, "BTCUSDT", side, OrderType.LIMIT,
                    new BigDecimal("0.01"), price));
            cancels[i] = new Command.CancelOrder("BTCUSDT", "L" + i);
            marketOrders[i] = new Command.PlaceOrder(new OrderRequest("M" + i, "BTCUSDT", side, OrderType.MARKET,
                    new BigDecimal("0.01"), null));
        }
    }

    /** A passive limit order rests at the venue (funds locked), then is canceled (funds back). */
    void restingLimitPlacedThenCanceled(int i) {
        desk.send(places[i]);
        desk.send(cancels[i]);
    }

    /** A market order takes from the book: accepted, filled as taker, position and balances updated. */
    void marketOrderFilled(int i) {
        desk.send(marketOrders[i]);
    }

    /** Guards the benchmark against timing a broken path: the last order must have ended as intended. */
    void check(int last) {
        OrderStatus limit = desk.engine.order("L" + last).map(o -> o.status()).orElse(null);
        OrderStatus market = desk.engine.order("M" + last).map(o -> o.status()).orElse(null);
        if ((limit != null && limit != OrderStatus.CANCELED) || (market != null && market != OrderStatus.FILLED)) {
            throw new IllegalStateException("order path broken: L" + last + " " + limit + ", M" + last + " " + market);
        }
    }

    /** Ten levels of 5 BTC a tick apart, from {@code bestCents} away from the mid ({@code direction} -1: bids). */
    private static List<Level> levels(long bestCents, int direction) {
        List<Level> out = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            out.add(new Level((bestCents + direction * i) * (Scaled.ONE / 100), 5 * Scaled.ONE));
        }
        return out;
    }
}
