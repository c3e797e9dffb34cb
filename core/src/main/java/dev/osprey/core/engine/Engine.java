package dev.osprey.core.engine;

import dev.osprey.core.breaker.BreakerEvent;
import dev.osprey.core.gate.OrderGate;
import dev.osprey.core.instrument.Instrument;
import dev.osprey.core.market.MarketEvent;
import dev.osprey.core.mode.ModeChange;
import dev.osprey.core.oms.Orders;
import dev.osprey.core.order.Fill;
import dev.osprey.core.order.OrderRequest;
import dev.osprey.core.order.RejectReason;
import dev.osprey.core.order.Rejection;
import dev.osprey.core.venue.AccountEvent;
import dev.osprey.core.venue.Venue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * The engine thread: drains one queue of commands and events into {@link EngineState} and publishes a conflated
 * {@link EngineSnapshot}, at most one per screen pulse. Any thread may call {@link #submit}, {@link #post} or {@link #latest}; only the engine
 * thread touches trading state.
 */
public final class Engine implements AutoCloseable, Restorable {
    private static final Logger LOG = LoggerFactory.getLogger(Engine.class);
    /** Market data waits (back-pressure) above this depth; commands and venue events are never held back. */
    static final int MARKET_DATA_HIGH_WATER = 50_000;
    /**
     * Half a 60 Hz pulse: the screen reads at most one snapshot per pulse, and an event waits at most this long
     * for the snapshot that carries it (at 16 ms it could wait a whole pulse before the pulse's own wait).
     */
    static final long PUBLISH_INTERVAL_NS = TimeUnit.MILLISECONDS.toNanos(8);
    private static final int BOOK_DEPTH = 20;

    private final BlockingQueue<EngineMessage> queue = new LinkedBlockingQueue<>();
    private final EngineState state;
    private final OrderGate gate;
    private final Venue venue;
    private final Map<String, Instrument> instruments;
    private final ClientOrderIds ids;
    private final QueueProbe marketDataProbe = new QueueProbe();
    private final AtomicReference<EngineSnapshot> latest;
    private final Thread thread;
    private volatile boolean running = true;
    private long version;

    public Engine(Map<String, Instrument> instruments, Venue venue, OrderGate gate, LongSupplier wallClock) {
        this(instruments, venue, gate, wallClock, EngineSettings.defaults());
    }

    public Engine(Map<String, Instrument> instruments, Venue venue, OrderGate gate, LongSupplier wallClock,
                  EngineSettings settings) {
        this(instruments, venue, gate, wallClock, settings, EngineJournal.NONE);
    }

    /** With a durable journal: everything applied is journaled, and orders leave only once their intent is durable. */
    public Engine(Map<String, Instrument> instruments, Venue venue, OrderGate gate, LongSupplier wallClock,
                  EngineSettings settings, EngineJournal journal) {
        this.instruments = Map.copyOf(instruments);
        this.venue = venue;
        this.gate = gate;
        this.state = new EngineState(instruments, venue.orderEntry(), venue.name(), gate, wallClock, settings,
                journal, queue::add);
        this.ids = new ClientOrderIds(wallClock.getAsLong());
        this.latest = new AtomicReference<>(EngineSnapshot.empty(gate.lastChange()));
        this.thread = new Thread(this::run, "engine");
        this.thread.setDaemon(true);
    }

    /**
     * Before {@link #start()}, restoring from the journal: the snapshot first, then each later change with
     * {@link #restore(Recorded)}, then {@link #restored()}. Nothing is checked, sent or journaled again.
     */
    @Override
    public void restore(RestorableState snapshot) {
        notStarted();
        state.restore(snapshot);
    }

    @Override
    public void restore(Recorded change) {
        notStarted();
        state.restore(change);
    }

    /** Ends a restore: groups and expiries are rebuilt, and the screen gets the restored state at once. */
    @Override
    public RestorableState restored() {
        notStarted();
        RestorableState restored = state.restored();
        latest.set(state.snapshot(++version, 0, BOOK_DEPTH));
        return restored;
    }

    private void notStarted() {
        if (thread.isAlive()) {
            throw new IllegalStateException("restore before start()");
        }
    }

    /** Subscribes to the venue, starts the engine thread, loads the venue's state, then starts market data. */
    public void start() {
        venue.accountStream().subscribe(this::onAccountEvent);
        for (String symbol : instruments.keySet()) {
            venue.marketData().subscribe(symbol, this::onMarketEvent);
        }
        thread.start();
        post(new EngineMessage.StartupState(venue.name(), venue.stateFetch().fetchState()));
        venue.marketData().start();
    }

    /**
     * Listeners run on the engine thread after the engine applied each order change, fill or market event; they
     * must be quick and may only post to the engine. Register them before {@link #start()}.
     */
    public void addOrderListener(Orders.Listener listener) {
        state.addOrderListener(listener);
    }

    /** See {@link #addOrderListener}. */
    public void addFillListener(Consumer<Fill> listener) {
        state.addFillListener(listener);
    }

    /** See {@link #addOrderListener}. */
    public void addMarketListener(Consumer<MarketEvent> listener) {
        state.addMarketListener(listener);
    }

    /** See {@link #addOrderListener}: breaker transitions as the engine's evaluations make them. */
    public void addBreakerListener(Consumer<BreakerEvent> listener) {
        state.addBreakerListener(listener);
    }

    /** See {@link #addOrderListener}: every change of trading mode, including the stop and the re-arm. */
    public void addModeListener(Consumer<ModeChange> listener) {
        state.addModeListener(listener);
    }

    public String newClientOrderId() {
        return ids.next();
    }

    /**
     * Sends a new order to the engine. The gate is checked here, on the caller's thread, so a halted desk refuses
     * at once even when the engine is busy; the engine checks again when it takes the order.
     */
    public SubmitResult submit(OrderRequest request) {
        return submit(new Command.PlaceOrder(request));
    }

    /** As {@link #submit(OrderRequest)} for any command that creates orders: bracket, OCO, amend. */
    public SubmitResult submit(Command command) {
        String id = newOrderId(command);
        Optional<Rejection> closed = gate.checkNewOrder();
        if (closed.isPresent()) {
            return SubmitResult.refused(id, closed.get());
        }
        if (!queue.offer(command)) {
            return SubmitResult.refused(id, Rejection.of(RejectReason.ENGINE_BUSY));
        }
        return SubmitResult.queued(id);
    }

    private static String newOrderId(Command command) {
        if (command instanceof Command.PlaceOrder p) {
            return p.request().clientOrderId();
        } else if (command instanceof Command.PlaceBracket b) {
            return b.entry().clientOrderId();
        } else if (command instanceof Command.PlaceOco o) {
            return o.first().clientOrderId();
        } else if (command instanceof Command.Amend a) {
            return a.replacementId();
        }
        throw new IllegalArgumentException(command.getClass().getSimpleName() + " creates no order: post() it");
    }

    /** Queues any command (cancel, cancel-all, halt, re-arm). Never blocks. */
    public void post(EngineMessage message) {
        queue.add(message);
    }

    public EngineSnapshot latest() {
        return latest.get();
    }

    public int queueDepth() {
        return queue.size();
    }

    private void onAccountEvent(AccountEvent event) {
        queue.add(new EngineMessage.VenueUpdate(venue.name(), event));
    }

    private void onMarketEvent(MarketEvent event) {
        while (queue.size() > MARKET_DATA_HIGH_WATER && running) {
            LockSupport.parkNanos(100_000);
        }
        EngineMessage m = new EngineMessage.MarketData(event);
        marketDataProbe.enqueued(m); // tagged before it is queued, so the engine cannot apply it untagged
        queue.add(m);
    }

    /**
     * Drains the queue and publishes at most one snapshot per {@link #PUBLISH_INTERVAL_NS}: a burst of market
     * data costs the screen one snapshot per pulse, however many events it held.
     */
    private void run() {
        long lastPublish = System.nanoTime() - PUBLISH_INTERVAL_NS;
        while (running) {
            try {
                long untilPublish = lastPublish + PUBLISH_INTERVAL_NS - System.nanoTime();
                long waitNs = state.isDirty() ? Math.max(untilPublish, 0) : PUBLISH_INTERVAL_NS;
                EngineMessage m = queue.poll(waitNs, TimeUnit.NANOSECONDS);
                if (m == null) {
                    idle();
                }
                for (int n = 0; m != null && n < 4096; n++) {
                    apply(m);
                    m = n < 4095 ? queue.poll() : null;
                }
                long now = System.nanoTime();
                if (state.isDirty() && now - lastPublish >= PUBLISH_INTERVAL_NS) {
                    latest.set(state.snapshot(++version, queue.size(), BOOK_DEPTH));
                    lastPublish = now;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void apply(EngineMessage m) {
        long waited = marketDataProbe.applied(m);
        if (waited >= 0) {
            state.marketDataQueued(waited);
        }
        try {
            state.handle(m);
        } catch (RuntimeException e) {
            // One bad message must not stop the desk: log it and keep draining.
            LOG.error("engine failed to apply {}", m.getClass().getSimpleName(), e);
        }
    }

    private void idle() {
        try {
            state.idle();
        } catch (RuntimeException e) {
            LOG.error("engine failed on its idle check", e);
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
