package dev.osprey.core.recovery;

import dev.osprey.core.engine.Command;
import dev.osprey.core.engine.EngineJournal;
import dev.osprey.core.engine.EngineMessage;
import dev.osprey.core.engine.EngineSettings;
import dev.osprey.core.engine.EngineState;
import dev.osprey.core.gate.OrderGate;
import dev.osprey.core.instrument.Instrument;
import dev.osprey.core.market.BookSnapshot;
import dev.osprey.core.market.Level;
import dev.osprey.core.market.Scaled;
import dev.osprey.core.market.TradePrint;
import dev.osprey.core.order.BracketSpec;
import dev.osprey.core.order.Fill;
import dev.osprey.core.order.Liquidity;
import dev.osprey.core.order.Order;
import dev.osprey.core.order.OrderRequest;
import dev.osprey.core.order.OrderType;
import dev.osprey.core.order.Rejection;
import dev.osprey.core.order.RejectReason;
import dev.osprey.core.order.Side;
import dev.osprey.core.order.TimeInForce;
import dev.osprey.core.venue.Balance;
import dev.osprey.core.venue.BalancesChanged;
import dev.osprey.core.venue.OrderAccepted;
import dev.osprey.core.venue.OrderCanceled;
import dev.osprey.core.venue.OrderEntry;
import dev.osprey.core.venue.OrderFilled;
import dev.osprey.core.venue.OrderRejected;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;

/**
 * An engine with a journal, driven by a seeded random mix of what a trading session holds: limit, market, stop,
 * bracket and OCO orders, cancels, amends, and a venue that accepts, fills in parts, rejects and cancels. The
 * journal's answers (intent durable) are put back on the engine's queue as the real engine thread would.
 */
final class RandomDesk {
    static final Instrument BTC = new Instrument("BTCUSDT", "BTC", "USDT", new BigDecimal("0.01"),
            new BigDecimal("0.00001"), new BigDecimal("0.00001"), new BigDecimal("9000"), new BigDecimal("5"));

    /** A venue for the restored engine: a restore that sends or cancels anything fails the test. */
    static final OrderEntry NO_SENDS = new OrderEntry() {
        @Override
        public void place(OrderRequest request) {
            throw new AssertionError("a restore sent " + request.clientOrderId());
        }

        @Override
        public void cancel(String symbol, String clientOrderId) {
            throw new AssertionError("a restore cancelled " + clientOrderId);
        }

        @Override
        public CompletableFuture<Integer> cancelAll(String symbol) {
            throw new AssertionError("a restore cancelled everything");
        }
    };

    private final Random random;
    private final Queue<EngineMessage> posted = new ConcurrentLinkedQueue<>();
    private final List<OrderRequest> atVenue = new ArrayList<>();
    private final Waiting journal;
    final EngineState engine;
    private long time = 1_700_000_000_000L;
    private int ids;
    private int trades;
    private BigDecimal mid = new BigDecimal("100");

    /** Remembers the last write, so the test can wait until the journal has caught up. */
    private static final class Waiting implements EngineJournal {
        private final EngineJournal inner;
        private CompletableFuture<Long> last = CompletableFuture.completedFuture(0L);

        Waiting(EngineJournal inner) {
            this.inner = inner;
        }

        @Override
        public CompletableFuture<Long> append(long timeMs, EngineMessage message) {
            last = inner.append(timeMs, message);
            return last;
        }

        @Override
        public void betweenMessages(long timeMs, java.util.function.Supplier<dev.osprey.core.engine.RestorableState> s) {
            inner.betweenMessages(timeMs, s);
        }
    }

    RandomDesk(long seed, EngineJournal journal) {
        this.random = new Random(seed);
        this.journal = new Waiting(journal);
        OrderEntry venue = new OrderEntry() {
            @Override
            public void place(OrderRequest request) {
                atVenue.add(request);
            }

            @Override
            public void cancel(String symbol, String clientOrderId) {
                atVenue.removeIf(r -> r.clientOrderId().equals(clientOrderId));
                posted.add(update(new OrderCanceled(clientOrderId, "canceled", time)));
            }

            @Override
            public CompletableFuture<Integer> cancelAll(String symbol) {
                int n = atVenue.size();
                new ArrayList<>(atVenue).forEach(r -> cancel(r.symbol(), r.clientOrderId()));
                return CompletableFuture.completedFuture(n);
            }
        };
        this.engine = new EngineState(Map.of("BTCUSDT", BTC), venue, "paper", new OrderGate(), () -> time,
                EngineSettings.defaults(), this.journal, posted::add);
        handle(update(new BalancesChanged(List.of(new Balance("USDT", new BigDecimal("100000"), BigDecimal.ZERO),
                new Balance("BTC", new BigDecimal("10"), BigDecimal.ZERO)), time)));
        book();
    }

    void run(int steps) {
        for (int i = 0; i < steps; i++) {
            step();
            settle();
        }
    }

    private void step() {
        int what = random.nextInt(12);
        switch (what) {
            case 0, 1 -> handle(new Command.PlaceOrder(limit(side(), offset(-3, 3))));
            case 2 -> handle(new Command.PlaceOrder(new OrderRequest(id(), "BTCUSDT", side(), OrderType.MARKET,
                    qty(), null)));
            case 3 -> handle(new Command.PlaceOrder(new OrderRequest(id(), "BTCUSDT", Side.SELL,
                    OrderType.STOP_MARKET, qty(), null, mid.subtract(BigDecimal.ONE), TimeInForce.GTC, 0L, false,
                    false, null)));
            case 4 -> handle(new Command.PlaceBracket(limit(Side.BUY, offset(-1, 1)),
                    new BracketSpec(new BigDecimal("2"), new BigDecimal("3"), null, id(), id())));
            case 5 -> handle(new Command.PlaceOco(limit(Side.BUY, offset(-3, -1)), limit(Side.BUY, offset(-3, -1))));
            case 6 -> working().ifPresent(o -> handle(new Command.CancelOrder("BTCUSDT", o.clientOrderId())));
            case 7 -> working().filter(o -> o.spec().type() == OrderType.LIMIT).ifPresent(o -> handle(
                    new Command.Amend(o.clientOrderId(), o.qty().add(new BigDecimal("0.01")), null, id())));
            case 8, 9 -> venueActs();
            case 10 -> trade();
            default -> book();
        }
    }

    /** The venue answers one order it holds: accept, fill a part, fill the rest, reject, or cancel. */
    private void venueActs() {
        if (atVenue.isEmpty()) {
            return;
        }
        OrderRequest r = atVenue.get(random.nextInt(atVenue.size()));
        Order o = engine.order(r.clientOrderId()).orElseThrow();
        String vid = "V-" + r.clientOrderId();
        int act = random.nextInt(5);
        if (act == 0) {
            handle(update(new OrderAccepted(r.clientOrderId(), vid, time)));
        } else if (act <= 2) {
            BigDecimal left = r.qty().subtract(o.filledQty());
            BigDecimal q = act == 1 ? left.divide(BigDecimal.valueOf(2), 5, RoundingMode.DOWN) : left;
            if (q.signum() <= 0) {
                return;
            }
            BigDecimal price = r.price() != null ? r.price() : mid;
            handle(update(new OrderFilled(new Fill(r.clientOrderId(), vid, "T" + (++trades), "BTCUSDT", r.side(),
                    price, q, q.multiply(price).multiply(new BigDecimal("0.001")), "USDT", Liquidity.TAKER, time))));
            if (act == 2) {
                atVenue.remove(r);
            }
        } else if (act == 3) {
            atVenue.remove(r);
            handle(update(new OrderRejected(r.clientOrderId(), Rejection.of(RejectReason.VENUE_REJECTED), time)));
        } else {
            atVenue.remove(r);
            handle(update(new OrderCanceled(r.clientOrderId(), "expired at venue", time)));
        }
    }

    private void trade() {
        time += 50;
        mid = mid.add(new BigDecimal(random.nextInt(5) - 2));
        handle(new EngineMessage.MarketData(new TradePrint("BTCUSDT", ++trades, Scaled.of(mid), Scaled.ONE,
                random.nextBoolean(), time, time)));
    }

    private void book() {
        time += 50;
        handle(new EngineMessage.MarketData(new BookSnapshot("BTCUSDT", ++trades,
                List.of(new Level(Scaled.of(mid.subtract(new BigDecimal("0.5"))), Scaled.ONE)),
                List.of(new Level(Scaled.of(mid.add(new BigDecimal("0.5"))), Scaled.ONE)), time)));
    }

    private void handle(EngineMessage m) {
        engine.handle(m);
    }

    /** Waits for the journal, then applies what it put back on the queue, until nothing is left. */
    void settle() {
        while (true) {
            journal.last.orTimeout(10, TimeUnit.SECONDS).join();
            EngineMessage m = posted.poll();
            if (m == null) {
                return;
            }
            handle(m);
        }
    }

    private java.util.Optional<Order> working() {
        List<Order> w = engine.workingOrders();
        return w.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(w.get(random.nextInt(w.size())));
    }

    private OrderRequest limit(Side side, BigDecimal price) {
        return new OrderRequest(id(), "BTCUSDT", side, OrderType.LIMIT, qty(), price);
    }

    private BigDecimal offset(int lo, int hi) {
        return mid.add(new BigDecimal(lo + random.nextInt(hi - lo + 1)));
    }

    private BigDecimal qty() {
        return new BigDecimal(1 + random.nextInt(20)).movePointLeft(2);
    }

    private Side side() {
        return random.nextBoolean() ? Side.BUY : Side.SELL;
    }

    private String id() {
        return "o" + (++ids);
    }

    private static EngineMessage update(dev.osprey.core.venue.AccountEvent e) {
        return new EngineMessage.VenueUpdate("paper", e);
    }
}
