package dev.osprey.core.engine;

import dev.osprey.core.breaker.BreakerAction;
import dev.osprey.core.breaker.BreakerEvent;
import dev.osprey.core.breaker.Restriction;
import dev.osprey.core.chart.MarketCharts;
import dev.osprey.core.chart.PnlCurve;
import dev.osprey.core.gate.OrderGate;
import dev.osprey.core.gate.TradingState;
import dev.osprey.core.instrument.Instrument;
import dev.osprey.core.market.MarketEvent;
import dev.osprey.core.market.Scaled;
import dev.osprey.core.mode.ModeChange;
import dev.osprey.core.market.TradePrint;
import dev.osprey.core.oms.Orders;
import dev.osprey.core.order.Fill;
import dev.osprey.core.order.OrderRequest;
import dev.osprey.core.order.OrderType;
import dev.osprey.core.order.RejectReason;
import dev.osprey.core.order.Rejection;
import dev.osprey.core.venue.AccountEvent;
import dev.osprey.core.venue.OrderRejected;
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
import java.util.Collections;
import java.util.HashMap;
import java.util.concurrent.CompletableFuture;
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
public final class EngineState implements Restorable {
    private static final Logger LOG = LoggerFactory.getLogger(EngineState.class);
    private static final int FILLS_KEPT = 500;
    /** One P&L point per engine second, four hours of them. */
    private static final long PNL_STEP_MS = 1_000;
    private static final int PNL_POINTS_KEPT = 4 * 3_600;

    private final OrderGate gate;
    private final LongSupplier wallClock;
    private final EngineJournal journal;
    /** Journal before send; null without a durable journal (orders then go out at once). */
    private final DurableSend durableSend;
    /** The journal write of each working order's latest record: what its send waits for. */
    private final Map<String, CompletableFuture<Long>> intents = new HashMap<>();
    /** What the message being applied changed, journaled as one entry when it is done. */
    private final List<Recorded> changes = new ArrayList<>();
    /** Completes when this message's changes are durable: what its new orders' sends wait for. */
    private CompletableFuture<Long> changesWritten;
    private final LongSupplier nanos;
    private final Orders orders = new Orders();
    private final Portfolio portfolio = new Portfolio();
    private final MarketBooks books;
    private final MarketCharts charts;
    private final PnlCurve pnl = new PnlCurve(PNL_STEP_MS, PNL_POINTS_KEPT);
    private long marketEvents;
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
    private final DeskGauges gauges;
    /** Reactions to order changes (bracket legs, OCO cancels, replacements), run once a message is fully applied. */
    private final Deque<Runnable> afterMessage = new ArrayDeque<>();
    private String notice = "";
    /** The gate's last change as the journal has it (null: never halted). */
    private OrderGate.Change gateChange;
    private int flattenSeq;
    private boolean dirty = true;

    public EngineState(Map<String, Instrument> instruments, OrderEntry venue, OrderGate gate, LongSupplier wallClock) {
        this(instruments, venue, gate, wallClock, EngineSettings.defaults());
    }

    public EngineState(Map<String, Instrument> instruments, OrderEntry venue, OrderGate gate, LongSupplier wallClock,
                       EngineSettings settings) {
        this(instruments, venue, "venue", gate, wallClock, settings, EngineJournal.NONE, m -> { });
    }

    /**
     * With a durable {@code journal}, every applied command and venue event and every change to orders, fills and
     * balances is appended to it, and orders go to the venue only once their intent is durable; {@code post} puts
     * the journal's answer back on the engine queue.
     */
    public EngineState(Map<String, Instrument> instruments, OrderEntry venue, String venueName, OrderGate gate,
                       LongSupplier wallClock, EngineSettings settings, EngineJournal journal,
                       Consumer<EngineMessage> post) {
        PreTradeRisk risk = settings.risk();
        this.mark = settings.mark();
        this.journal = journal;
        this.nanos = settings.nanos();
        Map<String, Instrument> bySymbol = new LinkedHashMap<>(instruments);
        this.gate = gate;
        this.wallClock = wallClock;
        this.books = new MarketBooks(instruments.keySet());
        this.charts = new MarketCharts(instruments.keySet());
        RiskView riskView = new EngineRiskView(bySymbol.values(), portfolio, orders, books,
                () -> risk.limits().stablecoins());
        this.breaker = settings.breaker() == null ? null
                : new BreakerWatch(settings.breaker(), riskView, portfolio, instruments.keySet());
        // Submit->ack is timed from the moment the venue is called, so after the intent is durable.
        OrderEntry timed = breaker == null ? venue : new TimedOrderEntry(venue, breaker, nanos);
        if (journal.durable()) {
            this.durableSend = new DurableSend(timed, venueName, gate, intents::get, post, this::record, this::now);
            orders.addListener(this::recordOrder);
        } else {
            this.durableSend = null;
        }
        OrderEntry entry = durableSend != null ? durableSend : timed;
        this.flow = new OrderFlow(bySymbol, entry, gate, orders, books, new ReduceOnly(portfolio), this::now,
                this::notice, risk, riskView, nanos);
        flow.breaker(breaker);
        this.modes = new TradingModes(settings.stages(), wallClock, risk, riskView, settings.review(), bySymbol,
                this::now);
        this.brackets = new Brackets(bySymbol, orders, flow, afterMessage::add, this::record);
        this.replacements = new Replacements(orders, flow, entry::cancel, this::now, this::notice, afterMessage::add);
        flow.groupHook(brackets);
        orders.addListener(brackets);
        orders.addListener(replacements);
        this.gauges = new DeskGauges(wallClock, settings.nanos());
        orders.addListener(gauges::onOrderChange);
        this.venueEvents = new VenueEvents(orders, portfolio, new FeeConversion(bySymbol, books::mid),
                flow::cancelOutcome, this::onFill, this::notice, this::record);
    }

    public void handle(EngineMessage message) {
        dirty = true;
        if (journals(message)) {
            journal.append(now(), message);
        }
        if (message instanceof EngineMessage.MarketData m) {
            books.apply(m.event());
            if (breaker != null) {
                breaker.onMarketData(m.event().symbol(), wallClock.getAsLong());
            }
            marketEvents++;
            gauges.feedHeard(m.event().symbol());
            if (m.event() instanceof TradePrint t) {
                charts.onTrade(t);
                BigDecimal last = Scaled.toBigDecimal(t.price());
                flow.onLastPrice(t.symbol(), last);
                modes.onTrade(t.symbol(), last, t.eventTimeMs());
            }
            marketListeners.forEach(l -> l.accept(m.event()));
        } else if (message instanceof EngineMessage.VenueUpdate u) {
            if (breaker != null) {
                breaker.onVenueEvent(u.venue(), u.event(), nanos.getAsLong(), wallClock.getAsLong());
            }
            gauges.venueHeard(u.venue());
            venueEvents.apply(u.event());
        } else if (message instanceof EngineMessage.StartupState s) {
            gauges.venueHeard(s.venue());
            venueEvents.adopt(s.state());
        } else if (message instanceof Command c) {
            handle(c);
        } else if (message instanceof EngineMessage.IntentDurable d && durableSend != null) {
            durableSend.durable(d.request(), venueEvents::apply);
        } else if (message instanceof EngineMessage.IntentNotDurable n && durableSend != null
                && durableSend.forget(n.request().clientOrderId())) {
            venueEvents.apply(new OrderRejected(n.request().clientOrderId(),
                    new Rejection(RejectReason.NOT_DURABLE, n.why()), now()));
        } else if (message instanceof EngineMessage.Reconciled r) {
            reconciled(r);
        } else if (message instanceof Recorded r) {
            LOG.warn("{} is for the journal, not the engine queue: ignored", r.getClass().getSimpleName());
        }
        flow.onTime();
        runAfterMessage();
        if (breaker != null) {
            watchBreaker();
        }
        String reviewed = modes.reviewIfDue(now());
        if (reviewed != null) {
            notice(reviewed);
        }
        if (durableSend != null) {
            journalChanges();
            journal.betweenMessages(now(), this::restorable);
        }
    }

    /** Applies what reconciliation found, as venue events, unless the order moved since it looked. */
    private void reconciled(EngineMessage.Reconciled r) {
        Optional<Order> now = orders.get(r.clientOrderId());
        boolean unchanged = now.map(o -> o.status() == r.status() && o.filledQty().compareTo(r.filledQty()) == 0)
                .orElse(false);
        if (!unchanged) {
            LOG.info("reconciliation of {} skipped: the order moved since it was checked", r.clientOrderId());
            return;
        }
        for (AccountEvent e : r.events()) {
            EngineMessage.VenueUpdate u = new EngineMessage.VenueUpdate(r.venue(), e);
            journal.append(now(), u);
            venueEvents.apply(e);
        }
    }

    /** Commands and venue events are journaled as applied; the engine's own plumbing and its records are not. */
    private static boolean journals(EngineMessage m) {
        return m instanceof Command || m instanceof EngineMessage.VenueUpdate
                || m instanceof EngineMessage.StartupState;
    }

    private void record(Recorded change) {
        if (durableSend != null) {
            changes.add(change);
        }
    }

    /** The journal listener: registered first, so an order's record precedes any reaction to it. */
    private void recordOrder(Order before, Order after) {
        changes.add(new Recorded.OrderRecorded(after));
        if (after.isWorking()) {
            if (changesWritten == null) {
                changesWritten = new CompletableFuture<>();
            }
            intents.put(after.clientOrderId(), changesWritten);
        } else {
            intents.remove(after.clientOrderId());
        }
    }

    /** At the end of a message: its changes go to the journal as one entry; sends wait for that entry. */
    private void journalChanges() {
        if (changes.isEmpty()) {
            return;
        }
        CompletableFuture<Long> written = journal.append(now(), new Recorded.Changes(changes));
        changes.clear();
        CompletableFuture<Long> waiting = changesWritten;
        changesWritten = null;
        if (waiting != null) {
            written.whenComplete((seq, failure) -> {
                if (failure != null) {
                    waiting.completeExceptionally(failure);
                } else {
                    waiting.complete(seq);
                }
            });
        }
    }

    /**
     * Puts back one recorded change, before the engine starts: no check, trigger, reaction or venue call runs,
     * and nothing is journaled again.
     */
    @Override
    public void restore(Recorded change) {
        if (change instanceof Recorded.Changes c) {
            c.changes().forEach(this::restore);
        } else if (change instanceof Recorded.OrderRecorded o) {
            orders.restore(o.order());
        } else if (change instanceof Recorded.FillRecorded f) {
            portfolio.apply(f.fill());
            keepRecent(f.fill());
        } else if (change instanceof Recorded.BalancesRecorded b) {
            portfolio.updateBalances(b.balances());
        } else if (change instanceof Recorded.BracketOpened b) {
            brackets.restoreSpec(b.groupId(), b.spec());
        } else if (change instanceof Recorded.GateChanged g) {
            restoreGate(g.change());
        }
        dirty = true;
    }

    /** Puts back a snapshot taken by {@link #restorable()}, before the engine starts. */
    @Override
    public void restore(RestorableState state) {
        state.orders().forEach(orders::restore);
        state.positions().forEach(portfolio::restore);
        portfolio.updateBalances(state.balances());
        for (int i = state.recentFills().size() - 1; i >= 0; i--) {
            keepRecent(state.recentFills().get(i));
        }
        state.pendingBrackets().forEach(brackets::restoreSpec);
        restoreGate(state.gate());
        dirty = true;
    }

    /** A desk halted before the restart stays halted: only a trader's typed re-arm opens the gate. */
    private void restoreGate(OrderGate.Change change) {
        gateChange = change;
        if (change != null && change.state() == TradingState.HALTED) {
            gate.halt(change.who(), change.why() + " (still halted after a restart)", change.atMs());
        } else if (change != null && gate.checkNewOrder().isPresent()) {
            gate.rearm(change.who(), change.why(), change.atMs());
        }
    }

    private void recordGate() {
        gateChange = gate.lastChange();
        record(new Recorded.GateChanged(gateChange));
    }

    /** After the last restore: groups, expiries and waits are rebuilt from the restored orders. */
    @Override
    public RestorableState restored() {
        brackets.rejoin(orders.newestFirst());
        flow.rearmExpiries(orders.working());
        return restorable();
    }

    /** What a journal snapshot holds; see {@link RestorableState}. */
    public RestorableState restorable() {
        List<Order> all = orders.newestFirst();
        Collections.reverse(all);
        return new RestorableState(all, portfolio.positions(), portfolio.balances(), new ArrayList<>(recentFills),
                brackets.pendingSpecs(), gateChange);
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
        events.forEach(e -> {
            notice(e.text());
            record(new Recorded.BreakerChanged(e));
        });
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
            recordGate();
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
        recordGate();
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
        modes.onFill(f);
        if (breaker != null) {
            breaker.onFill(f);
            filledSinceTick = true;
        }
        fillListeners.forEach(l -> l.accept(f));
        keepRecent(f);
    }

    private void keepRecent(Fill f) {
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
        BigDecimal sessionPnl = BigDecimal.ZERO;
        for (Position p : portfolio.positions()) {
            BigDecimal price = mark == MarkPrice.LAST ? books.lastTrade(p.symbol()) : books.mid(p.symbol());
            PositionView v = new PositionView(p.symbol(), p.qty(), p.avgPrice(), price, p.unrealizedPnl(price),
                    p.realizedPnl(), p.fees());
            views.add(v);
            sessionPnl = sessionPnl.add(v.netPnl());
        }
        long time = now();
        pnl.sample(time, sessionPnl);
        Map<String, BookView> bookViews = books.views(depth);
        return new EngineSnapshot(version, time, gate.lastChange(), bookViews, orders.newestFirst(),
                new ArrayList<>(recentFills), views, portfolio.balances(), queueDepth, notice,
                breaker == null ? List.of() : breaker.statuses(), modes.view(), charts.views(), pnl.points(),
                marketEvents, gauges.metrics(time, sessionPnl, bookViews));
    }

    /** Engine thread: how long a market-data message waited in the engine's queue. */
    void marketDataQueued(long nanos) {
        gauges.marketDataQueued(nanos);
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
