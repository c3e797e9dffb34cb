package dev.osprey.core.engine;

import dev.osprey.core.breaker.BreakerAction;
import dev.osprey.core.breaker.BreakerEvent;
import dev.osprey.core.breaker.Restriction;
import dev.osprey.core.gate.OrderGate;
import dev.osprey.core.instrument.Instrument;
import dev.osprey.core.market.MarketEvent;
import dev.osprey.core.market.Scaled;
import dev.osprey.core.mode.ModeChange;
import dev.osprey.core.market.TradePrint;
import dev.osprey.core.oms.Orders;
import dev.osprey.core.order.Fill;
import dev.osprey.core.order.OrderRequest;
import dev.osprey.core.order.OrderType;
import dev.osprey.core.order.Side;
import dev.osprey.core.order.TimeInForce;
import dev.osprey.core.order.Order;
import dev.osprey.core.portfolio.FeeConversion;
import dev.osprey.core.portfolio.Portfolio;
import dev.osprey.core.portfolio.Position;
import dev.osprey.core.risk.PreTradeRisk;
import dev.osprey.core.risk.RiskView;
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
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * All trading state and the rules that change it. Single-threaded by design: the {@link Engine} thread is its
 * only caller, so it needs no locks. Tests drive it directly, message by message.
 */
public final class EngineState {
    private static final Logger LOG = LoggerFactory.getLogger(EngineState.class);
    private static final int FILLS_KEPT = 500;

    private final OrderGate gate;
    private final LongSupplier wallClock;
    private final LongSupplier nanos;
    private final Orders orders = new Orders();
    private final Portfolio portfolio = new Portfolio();
    private final MarketBooks books;
    private final Deque<Fill> recentFills = new ArrayDeque<>();
    private final List<Consumer<Fill>> fillListeners = new ArrayList<>();
    private final List<Consumer<MarketEvent>> marketListeners = new ArrayList<>();
    private final List<Consumer<BreakerEvent>> breakerListeners = new ArrayList<>();
    private final OrderFlow flow;
    private final MarkPrice mark;
    private final BreakerWatch breaker;
    private final TradingModes modes;
    private boolean filledSinceTick;
    private final Brackets brackets;
    private final Replacements replacements;
    private final VenueEvents venueEvents;
    /** Reactions to order changes (bracket legs, OCO cancels, replacements), run once a message is fully applied. */
    private final Deque<Runnable> afterMessage = new ArrayDeque<>();
    private String notice = "";
    private int flattenSeq;
    private boolean dirty = true;

    public EngineState(Map<String, Instrument> instruments, OrderEntry venue, OrderGate gate, LongSupplier wallClock) {
        this(instruments, venue, gate, wallClock, EngineSettings.defaults());
    }

    public EngineState(Map<String, Instrument> instruments, OrderEntry venue, OrderGate gate, LongSupplier wallClock,
                       EngineSettings settings) {
        PreTradeRisk risk = settings.risk();
        this.mark = settings.mark();
        this.nanos = settings.nanos();
        Map<String, Instrument> bySymbol = new LinkedHashMap<>(instruments);
        this.gate = gate;
        this.wallClock = wallClock;
        this.books = new MarketBooks(instruments.keySet());
        RiskView riskView = new EngineRiskView(bySymbol.values(), portfolio, orders, books,
                () -> risk.limits().stablecoins());
        this.breaker = settings.breaker() == null ? null
                : new BreakerWatch(settings.breaker(), riskView, portfolio, instruments.keySet());
        OrderEntry entry = breaker == null ? venue : new TimedOrderEntry(venue, breaker, nanos);
        this.flow = new OrderFlow(bySymbol, entry, gate, orders, books, new ReduceOnly(portfolio), this::now,
                this::notice, risk, riskView, nanos);
        flow.breaker(breaker);
        this.modes = new TradingModes(settings.stages(), wallClock, risk, riskView);
        this.brackets = new Brackets(bySymbol, orders, flow, afterMessage::add);
        this.replacements = new Replacements(orders, flow, entry::cancel, this::now, this::notice, afterMessage::add);
        flow.groupHook(brackets);
        orders.addListener(brackets);
        orders.addListener(replacements);
        this.venueEvents = new VenueEvents(orders, portfolio, new FeeConversion(bySymbol, books::mid),
                flow::cancelOutcome, this::onFill, this::notice);
    }

    public void handle(EngineMessage message) {
        dirty = true;
        if (message instanceof EngineMessage.MarketData m) {
            books.apply(m.event());
            if (breaker != null) {
                breaker.onMarketData(m.event().symbol(), wallClock.getAsLong());
            }
            if (m.event() instanceof TradePrint t) {
                flow.onLastPrice(t.symbol(), Scaled.toBigDecimal(t.price()));
            }
            marketListeners.forEach(l -> l.accept(m.event()));
        } else if (message instanceof EngineMessage.VenueUpdate u) {
            if (breaker != null) {
                breaker.onVenueEvent(u.venue(), u.event(), nanos.getAsLong(), wallClock.getAsLong());
            }
            venueEvents.apply(u.event());
        } else if (message instanceof EngineMessage.StartupState s) {
            venueEvents.adopt(s.state());
        } else if (message instanceof Command c) {
            handle(c);
        }
        flow.onTime();
        runAfterMessage();
        if (breaker != null) {
            watchBreaker();
        }
    }

    private void runAfterMessage() {
        while (!afterMessage.isEmpty()) {
            afterMessage.poll().run();
        }
    }

    /**
     * The engine's queue has been empty for a while: the breaker still looks at the wall clock, so a venue whose
     * heartbeat stopped or a feed gone silent trips it while nothing arrives.
     */
    public void idle() {
        if (breaker != null && watchBreaker()) {
            dirty = true;
        }
    }

    /**
     * Evaluates the breaker (each second of engine or wall time, and after fills) and makes the desk match its
     * restriction. Returns whether a breaker moved.
     */
    private boolean watchBreaker() {
        Optional<List<BreakerEvent>> evaluated = breaker.tick(now(), wallClock.getAsLong(), nanos.getAsLong(),
                filledSinceTick);
        filledSinceTick = false;
        if (evaluated.isEmpty()) {
            return false;
        }
        List<BreakerEvent> events = evaluated.get();
        events.forEach(e -> notice(e.text()));
        publish(events);
        Restriction r = breaker.restriction();
        if (events.isEmpty() && r.unrestricted()) {
            return false;
        }
        // The stop follows the trip event, not the level: between a re-arm of the gate (UI thread) and the
        // engine's Rearm, the level still says stop and must not halt the desk again.
        boolean stopNow = events.stream().anyMatch(e -> e.kind() == BreakerEvent.Kind.TRIPPED
                && e.action() == BreakerAction.IMMEDIATE_STOP);
        if (stopNow && gate.checkNewOrder().isEmpty()) {
            halt(new Command.Halt("breaker", String.join("; ", r.reasons())));
        }
        if (r.cancelWorking() != Restriction.CancelWorking.NONE) {
            for (Order o : orders.working()) {
                if (r.cancelWorking() == Restriction.CancelWorking.ALL || !o.spec().reduceOnly()) {
                    flow.cancel(o.clientOrderId(), "circuit breaker");
                }
            }
        }
        if (r.closeAll() || !r.closeSymbols().isEmpty()) {
            flatten(new Command.FlattenAll("breaker", String.join("; ", r.reasons())),
                    r.closeAll() ? null : r.closeSymbols());
        }
        runAfterMessage();
        return !events.isEmpty();
    }

    private void handle(Command command) {
        if (command instanceof Command.PlaceOrder p) {
            flow.place(p.request(), null);
        } else if (command instanceof Command.PlaceBracket b) {
            brackets.placeBracket(b.entry(), b.bracket());
        } else if (command instanceof Command.PlaceOco o) {
            brackets.placeOco(o.first(), o.second());
        } else if (command instanceof Command.Amend a) {
            replacements.amend(a);
        } else if (command instanceof Command.CancelOrder c) {
            flow.cancel(c.clientOrderId(), "cancel requested");
        } else if (command instanceof Command.CancelAll c) {
            flow.cancelAll(c.symbol(), c.symbol() == null ? "cancel all" : "cancel all " + c.symbol());
        } else if (command instanceof Command.Halt h) {
            halt(h);
        } else if (command instanceof Command.FlattenAll f) {
            flatten(f, null);
        } else if (command instanceof Command.SwitchMode m) {
            notice(modes.request(m));
        } else if (command instanceof Command.Rearm r) {
            if (breaker != null) {
                publish(breaker.rearm(r.who(), r.why(), now()));
            }
            modes.rearmed(r.who(), r.why());
            notice("Re-armed by " + r.who() + ": " + r.why());
        }
    }

    /** Engine time: the exchange clock of the market data when there is any, so replays stay consistent. */
    public long now() {
        long t = books.lastEventTimeMs();
        return t > 0 ? t : wallClock.getAsLong();
    }

    private void halt(Command.Halt h) {
        if (gate.checkNewOrder().isEmpty()) {
            gate.halt(h.who(), h.why(), wallClock.getAsLong());
        }
        if (breaker != null && !"breaker".equals(h.who())) {
            publish(breaker.manualStop(h.who(), h.why(), now()));
        }
        modes.stopped(h.who(), h.why());
        int working = orders.working().size();
        flow.cancelAll(null, "emergency stop");
        notice("HALTED by " + h.who() + ": " + h.why() + " — cancelling " + working + " working order(s)");
    }

    /** Told of every order change as it is applied (for scripted sessions and the journal). */
    public void addOrderListener(Orders.Listener listener) {
        orders.addListener(listener);
    }

    private void publish(List<BreakerEvent> events) {
        events.forEach(e -> breakerListeners.forEach(l -> l.accept(e)));
    }

    /** Told of every breaker transition the engine's evaluations make (trips, probes, closes), for alerts. */
    public void addBreakerListener(Consumer<BreakerEvent> listener) {
        breakerListeners.add(listener);
    }

    /** Told of every change of trading mode (for the audit trail and alerts). */
    public void addModeListener(Consumer<ModeChange> listener) {
        modes.addListener(listener);
    }

    /** Told of every market event once the engine has applied it (e.g. to build a strategy's candles). */
    public void addMarketListener(Consumer<MarketEvent> listener) {
        marketListeners.add(listener);
    }

    /** Told of every fill the engine accepts. */
    public void addFillListener(Consumer<Fill> listener) {
        fillListeners.add(listener);
    }

    /** Closes the positions of {@code symbols} (all when null) that no closing order is already working on. */
    private void flatten(Command.FlattenAll f, Set<String> symbols) {
        int n = 0;
        for (Position p : portfolio.positions()) {
            boolean wanted = symbols == null || symbols.contains(p.symbol());
            boolean closing = orders.working().stream().anyMatch(o -> o.symbol().equals(p.symbol())
                    && o.clientOrderId().startsWith("flat-"));
            if (!p.isFlat() && wanted && !closing) {
                Side side = p.qty().signum() > 0 ? Side.SELL : Side.BUY;
                OrderRequest r = new OrderRequest("flat-" + p.symbol() + "-" + now() + "-" + (++flattenSeq),
                        p.symbol(), side, OrderType.MARKET, p.qty().abs(), null, null, TimeInForce.IOC, 0L, false,
                        true, null);
                if (flow.placeClosing(r)) {
                    n++;
                }
            }
        }
        notice("Flatten by " + f.who() + " (" + f.why() + "): " + n + " closing order(s) sent");
    }

    private void onFill(Fill f) {
        afterMessage.add(() -> flow.trimReduceOnly(f.symbol()));
        if (breaker != null) {
            breaker.onFill(f);
            filledSinceTick = true;
        }
        fillListeners.forEach(l -> l.accept(f));
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
            BigDecimal price = mark == MarkPrice.LAST ? books.lastTrade(p.symbol()) : books.mid(p.symbol());
            views.add(new PositionView(p.symbol(), p.qty(), p.avgPrice(), price, p.unrealizedPnl(price),
                    p.realizedPnl(), p.fees()));
        }
        return new EngineSnapshot(version, now(), gate.lastChange(), books.views(depth), orders.newestFirst(),
                new ArrayList<>(recentFills), views, portfolio.balances(), queueDepth, notice,
                breaker == null ? List.of() : breaker.statuses(), modes.view());
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
