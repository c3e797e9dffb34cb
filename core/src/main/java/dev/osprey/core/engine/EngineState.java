package dev.osprey.core.engine;

import dev.osprey.core.gate.OrderGate;
import dev.osprey.core.instrument.Instrument;
import dev.osprey.core.instrument.OrderRules;
import dev.osprey.core.market.Scaled;
import dev.osprey.core.oms.Orders;
import dev.osprey.core.order.Fill;
import dev.osprey.core.order.Order;
import dev.osprey.core.order.OrderRequest;
import dev.osprey.core.order.OrderStatus;
import dev.osprey.core.order.RejectReason;
import dev.osprey.core.order.Rejection;
import dev.osprey.core.order.Side;
import dev.osprey.core.portfolio.Portfolio;
import dev.osprey.core.portfolio.Position;
import dev.osprey.core.venue.OrderEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * All trading state and the rules that change it. Single-threaded by design: the {@link Engine} thread is its
 * only caller, so it needs no locks. Tests drive it directly, message by message.
 */
public final class EngineState {
    private static final Logger LOG = LoggerFactory.getLogger(EngineState.class);
    private static final int FILLS_KEPT = 500;

    private final Map<String, Instrument> instruments;
    private final OrderEntry venue;
    private final OrderGate gate;
    private final LongSupplier wallClock;
    private final Orders orders = new Orders();
    private final Portfolio portfolio = new Portfolio();
    private final MarketBooks books;
    private final Deque<Fill> recentFills = new ArrayDeque<>();
    private final VenueEvents venueEvents;
    private String notice = "";
    private boolean dirty = true;

    public EngineState(Map<String, Instrument> instruments, OrderEntry venue, OrderGate gate, LongSupplier wallClock) {
        this.instruments = new LinkedHashMap<>(instruments);
        this.venue = venue;
        this.gate = gate;
        this.wallClock = wallClock;
        this.books = new MarketBooks(instruments.keySet());
        this.venueEvents = new VenueEvents(orders, portfolio, this::onFill, this::notice);
    }

    public void handle(EngineMessage message) {
        dirty = true;
        if (message instanceof EngineMessage.MarketData m) {
            books.apply(m.event());
        } else if (message instanceof EngineMessage.VenueUpdate u) {
            venueEvents.apply(u.event());
        } else if (message instanceof EngineMessage.StartupState s) {
            venueEvents.adopt(s.state());
        } else if (message instanceof Command.PlaceOrder p) {
            place(p.request());
        } else if (message instanceof Command.CancelOrder c) {
            cancel(c.clientOrderId());
        } else if (message instanceof Command.CancelAll c) {
            cancelAll(c.symbol());
        } else if (message instanceof Command.Halt h) {
            halt(h);
        } else if (message instanceof Command.Rearm r) {
            notice("Re-armed by " + r.who() + ": " + r.why());
        }
    }

    /** Engine time: the exchange clock of the market data when there is any, so replays stay consistent. */
    public long now() {
        long t = books.lastEventTimeMs();
        return t > 0 ? t : wallClock.getAsLong();
    }

    private void place(OrderRequest r) {
        if (orders.contains(r.clientOrderId())) {
            notice(Rejection.of(RejectReason.DUPLICATE_CLIENT_ID).text() + ": " + r.clientOrderId());
            return;
        }
        Optional<Rejection> refused = gate.checkNewOrder().or(() -> checkRules(r));
        if (refused.isPresent()) {
            orders.add(Order.rejected(r, refused.get(), now()));
            notice("Order " + r.clientOrderId() + " rejected: " + refused.get().text());
            return;
        }
        orders.add(Order.submitted(r, now()));
        venue.place(r);
    }

    private Optional<Rejection> checkRules(OrderRequest r) {
        Instrument ins = instruments.get(r.symbol());
        if (ins == null) {
            return Optional.of(new Rejection(RejectReason.UNKNOWN_SYMBOL, r.symbol()));
        }
        long ref = r.side() == Side.BUY ? books.bestAsk(r.symbol()) : books.bestBid(r.symbol());
        BigDecimal refPrice = ref == MarketBooks.NO_PRICE ? null : Scaled.toBigDecimal(ref);
        return OrderRules.check(ins, r.type(), r.qty(), r.price(), refPrice).stream()
                .map(OrderRules.Violation::rejection).findFirst();
    }

    private void cancel(String clientOrderId) {
        Optional<Order> o = orders.get(clientOrderId);
        if (o.isEmpty() || !o.get().isWorking()) {
            notice("Cancel refused: " + clientOrderId + " is " + o.map(x -> x.status().name()).orElse("unknown"));
            return;
        }
        if (o.get().status() == OrderStatus.PENDING_CANCEL) {
            return;
        }
        orders.transition(clientOrderId, OrderStatus.PENDING_CANCEL, "cancel requested", now());
        venue.cancel(o.get().symbol(), clientOrderId);
    }

    private void cancelAll(String symbol) {
        for (Order o : orders.working()) {
            if (symbol == null || symbol.equals(o.symbol())) {
                cancel(o.clientOrderId());
            }
        }
    }

    private void halt(Command.Halt h) {
        if (gate.checkNewOrder().isEmpty()) {
            gate.halt(h.who(), h.why(), wallClock.getAsLong());
        }
        int working = orders.working().size();
        cancelAll(null);
        notice("HALTED by " + h.who() + ": " + h.why() + " — cancelling " + working + " working order(s)");
    }

    private void onFill(Fill f) {
        recentFills.addFirst(f);
        if (recentFills.size() > FILLS_KEPT) {
            recentFills.removeLast();
        }
    }

    private void notice(String text) {
        LOG.info(text);
        notice = text;
    }

    public boolean isDirty() {
        return dirty;
    }

    /** Builds the read-model and clears the dirty flag. */
    public EngineSnapshot snapshot(long version, int queueDepth, int depth) {
        dirty = false;
        List<PositionView> views = new ArrayList<>();
        for (Position p : portfolio.positions()) {
            BigDecimal mark = books.mid(p.symbol());
            views.add(new PositionView(p.symbol(), p.qty(), p.avgPrice(), mark, p.unrealizedPnl(mark),
                    p.realizedPnl(), p.fees()));
        }
        return new EngineSnapshot(version, now(), gate.lastChange(), books.views(depth), orders.newestFirst(),
                new ArrayList<>(recentFills), views, portfolio.balances(), queueDepth, notice);
    }

    public Optional<Order> order(String clientOrderId) {
        return orders.get(clientOrderId);
    }

    public List<Order> workingOrders() {
        return orders.working();
    }

    public Portfolio portfolio() {
        return portfolio;
    }
}
