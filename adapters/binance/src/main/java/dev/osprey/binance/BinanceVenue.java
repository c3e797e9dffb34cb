package dev.osprey.binance;

import com.fasterxml.jackson.databind.JsonNode;
import dev.osprey.core.market.MarketDataFeed;
import dev.osprey.core.order.Order;
import dev.osprey.core.venue.AccountListener;
import dev.osprey.core.venue.ApiCallFailed;
import dev.osprey.core.venue.VenueHeartbeat;
import dev.osprey.core.venue.AccountStream;
import dev.osprey.core.venue.Balance;
import dev.osprey.core.venue.KeyPermissions;
import dev.osprey.core.venue.LatencyBoard;
import dev.osprey.core.venue.OrderEntry;
import dev.osprey.core.venue.StateFetch;
import dev.osprey.core.venue.Venue;
import dev.osprey.core.venue.VenueOrder;
import dev.osprey.core.venue.VenueState;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live Binance spot venue: REST order entry (through XChange's Binance interface), the user data stream over
 * the WebSocket API (with REST polling while it is down), the start-up state fetch and the market-data feed
 * (through XChange's stream transport). Build it with {@link #create}, subscribe
 * to the feed and the account stream, then {@link #start()}.
 */
public final class BinanceVenue implements Venue, AccountStream, StateFetch {
    private static final Logger LOG = LoggerFactory.getLogger(BinanceVenue.class);

    private final BinanceConfig config;
    /** How often a live user data stream is reported to the engine as a heartbeat. */
    static final long HEARTBEAT_MS = 5_000;
    private final SendGate gate = new SendGate();
    private final CredentialSlot keys;
    private final LatencyBoard latencyBoard = new LatencyBoard();
    private final LatencyMonitor latency;
    private final ServerClock clock;
    private final RestClient rest;
    private final OrderCalls orders;
    private final VenueThread venue = new VenueThread();
    private final OrderTracker tracker = new OrderTracker();
    private final AccountBalances balances = new AccountBalances();
    private final InstrumentCatalog catalog;
    private final FeeSchedule fees;
    private final Reconciler reconciler;
    private final BinanceTrading trading;
    private final BinanceMarketFeed feed;
    private final UserEvents userEvents;
    private final UserDataStream userStream;
    private volatile boolean userStreamUp;
    private boolean userStreamStarted; // venue thread only

    private BinanceVenue(BinanceConfig config) {
        this.config = config;
        this.keys = new CredentialSlot(config.credentials());
        // The JDK client carries only the WebSocket API (user data); REST and market streams go through XChange.
        HttpClient http = HttpClient.newBuilder().connectTimeout(config.requestTimeout()).build();
        this.clock = new ServerClock(config.clock());
        RateBudget budget = new RateBudget();
        this.latency = new LatencyMonitor(name(), latencyBoard, clock::nowMs);
        this.rest = new RestClient(config, keys, new BinanceRestApi(config), clock, gate, budget);
        this.orders = new OrderCalls(rest, config.clock());
        this.catalog = new InstrumentCatalog(rest, budget, venue);
        this.fees = new FeeSchedule(rest, keys);
        this.reconciler = new Reconciler(orders, tracker, venue, config, gate);
        this.trading = new BinanceTrading(config, keys, orders, tracker, reconciler, venue, catalog, gate, latency);
        this.feed = new BinanceMarketFeed(config, rest, latency, catalog);
        this.userEvents = new UserEvents(tracker, reconciler, balances, venue);
        this.userStream = new UserDataStream(config, keys, http, clock, rest, gate, new UserStreamListener());
    }

    /** Builds the venue; nothing touches the network until {@link #start()} (and the feed's own start). */
    public static BinanceVenue create(BinanceConfig config) {
        return new BinanceVenue(config);
    }

    /**
     * Measures the server-time offset, loads the configured symbols' rules and then the account's commission rates
     * on them, opens the user data stream and starts the REST polling that covers for it while it is down. Returns
     * once the first three are done or failed; rates that cannot be loaded are logged and do not fail the start.
     */
    public CompletableFuture<Void> start() {
        catalog.scheduleRefresh(venue.scheduler(), config.instrumentRefresh().toMillis());
        fees.scheduleRefresh(venue.scheduler(), config.instrumentRefresh().toMillis(), config.symbols());
        venue.execute(this::startUserStreamIfKeyed);
        venue.every(latency::publish, 1000);
        venue.every(this::pollWhileStreamDown, config.accountPollInterval().toMillis());
        venue.every(this::heartbeat, HEARTBEAT_MS);
        // The engine's breaker counts failed calls for the venue's API error rate.
        gate.onAlert(alert -> {
            if (alert.kind() == VenueAlert.Kind.SENDING_PAUSED || alert.kind() == VenueAlert.Kind.ORDER_STATE_UNKNOWN
                    || alert.kind() == VenueAlert.Kind.TRADING_STOPPED) {
                venue.execute(() -> venue.publish(List.of(new ApiCallFailed(alert.kind().name(), alert.message(),
                        alert.timeMs()))));
            }
        });
        return clock.sync(rest).exceptionally(e -> {
            LOG.warn("server time not measured ({}); signing with the local clock", ApiErrors.unwrap(e).getMessage());
            return 0L;
        }).thenCompose(offset -> catalog.instruments(config.symbols()))
                .thenCompose(list -> fees.load(config.symbols()));
    }

    /**
     * Signs with {@code next} from now on (null: no key, order entry refuses), without a restart: the next REST
     * call carries the new key, a halt the old key caused is lifted, and the user data stream subscribes again
     * under the new key.
     */
    public void useCredentials(BinanceCredentials next) {
        keys.replace(next);
        long now = config.clock().millis();
        gate.raise(new VenueAlert(VenueAlert.Kind.KEY_ROTATED, next == null ? "API key removed: order entry off"
                : "API key rotated: signing with the new key", now));
        if (next != null) {
            gate.clearHalt("a new API key is in place", now);
        }
        venue.execute(() -> {
            if (!startUserStreamIfKeyed() && userStreamStarted) {
                userStream.dropConnection("API key changed");
            }
        });
    }

    /** The user stream starts with the first key (at start or later); true when it starts now. */
    private boolean startUserStreamIfKeyed() {
        if (userStreamStarted || !keys.present()) {
            return false;
        }
        userStreamStarted = true;
        userStream.start();
        return true;
    }

    /**
     * Asks Binance what the current key may do; call it before enabling live trading. Fails as a signed call does
     * (no key, refused key, network).
     */
    public CompletableFuture<KeyPermissions> checkKeyPermissions() {
        return ApiRestrictions.fetch(rest, name());
    }

    /** Measures the server-time offset again; completes with it in ms. */
    public CompletableFuture<Long> syncTime() {
        return clock.sync(rest);
    }

    @Override
    public String name() {
        return config.endpoints().isTestnet() ? "binance-testnet" : "binance";
    }

    @Override
    public OrderEntry orderEntry() {
        return trading;
    }

    @Override
    public AccountStream accountStream() {
        return this;
    }

    @Override
    public StateFetch stateFetch() {
        return this;
    }

    @Override
    public MarketDataFeed marketData() {
        return feed;
    }

    /** The feed with its Binance-specific extras (book copies, counters). */
    public BinanceMarketFeed binanceFeed() {
        return feed;
    }

    /** Submit→ack and market-data latency over the last minute, refreshed every second. */
    public LatencyBoard latency() {
        return latencyBoard;
    }

    public InstrumentCatalog instruments() {
        return catalog;
    }

    /**
     * The account's commission rates by symbol, as last loaded (at start and with each exchangeInfo refresh);
     * empty without an API key or while Binance has not answered.
     */
    public Map<String, CommissionRates> commissionRates() {
        return fees.rates();
    }

    /** Asks Binance for one symbol's commission rates now (and keeps them); fails as a signed call does. */
    public CompletableFuture<CommissionRates> fetchCommissionRates(String symbol) {
        return fees.fetch(symbol);
    }

    @Override
    public void subscribe(AccountListener listener) {
        venue.subscribe(listener);
    }

    public void onAlert(VenueAlertListener listener) {
        gate.onAlert(listener);
    }

    public boolean userStreamUp() {
        return userStreamUp;
    }

    /** True once Binance refused our key or signature: no signed call is sent again. */
    public boolean tradingStopped() {
        return gate.halted();
    }

    /** Open orders and balances (none without a key). Blocks on the network: never on the engine thread. */
    @Override
    public VenueState fetchState() {
        if (Thread.currentThread().getName().equals(VenueThread.NAME)) {
            // The answer is put together on the venue thread: asking from it would wait on itself.
            throw new IllegalStateException("fetchState called on the venue thread (from an account listener?)");
        }
        if (!keys.present()) {
            return new VenueState(List.of(), List.of()); // without a key there is no account to read
        }
        long timeout = config.requestTimeout().toMillis() * 2;
        try {
            List<OrderReport> open = orders.openOrders().get(timeout, TimeUnit.MILLISECONDS);
            List<Balance> account = orders.balances().get(timeout, TimeUnit.MILLISECONDS);
            return venue.call(() -> adoptState(open, account)).get(timeout, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while fetching Binance state", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not fetch Binance state: "
                    + ApiErrors.fromThrowable(e).getMessage());
        }
    }

    /**
     * Binance's record of one of our orders by client order id, with its fills (how a restart resolves orders that
     * were in flight). Blocks on the network: never on the engine or venue thread.
     */
    @Override
    public Optional<VenueOrder> queryOrder(String symbol, String clientOrderId) {
        if (Thread.currentThread().getName().equals(VenueThread.NAME)) {
            throw new IllegalStateException("queryOrder called on the venue thread");
        }
        if (!keys.present()) {
            throw new UnsupportedOperationException("no API key: Binance cannot be asked about orders");
        }
        return new OrderQuery(orders, config.requestTimeout().toMillis() * 2).find(symbol, clientOrderId);
    }

    /** What fetchState returns is what the engine knows: those fills are not passed on again later. */
    private VenueState adoptState(List<OrderReport> open, List<Balance> list) {
        List<Order> adopted = new ArrayList<>();
        for (OrderReport r : open) {
            TrackedOrder o = tracker.adopt(r);
            o.accepted = true;
            o.filled = r.executedQty();
            o.reportedExecuted = r.executedQty();
            BinanceOrders.toOrder(r).ifPresentOrElse(adopted::add,
                    () -> LOG.warn("open order {} of type {} is not shown: the type is not mapped",
                            r.clientOrderId(), r.binanceType()));
        }
        balances.remember(list);
        return new VenueState(adopted, list);
    }

    /** While the user data stream is up, the engine hears that the venue is alive every {@link #HEARTBEAT_MS}. */
    private void heartbeat() {
        if (userStreamUp) {
            venue.publish(List.of(new VenueHeartbeat(HEARTBEAT_MS, config.clock().millis())));
        }
    }

    private void pollWhileStreamDown() {
        if (!userStreamUp && !gate.halted() && keys.present()) {
            reconcileAll();
        }
    }

    private void reconcileAll() {
        reconciler.pass();
        orders.balances().whenCompleteAsync((list, e) -> {
            if (e == null) {
                balances.changes(list, config.clock().millis())
                        .ifPresent(c -> venue.publish(List.of(c)));
            }
        }, venue);
    }

    @Override
    public void close() {
        userStream.close();
        feed.close();
        venue.close();
        rest.close();
    }

    /** Called on the user stream's thread: everything moves to the venue thread. */
    private final class UserStreamListener implements UserDataStream.Listener {
        @Override
        public void onEvent(JsonNode event) {
            venue.execute(() -> userEvents.apply(event));
        }

        @Override
        public void onUp() {
            venue.execute(() -> {
                userStreamUp = true;
                gate.raise(new VenueAlert(VenueAlert.Kind.USER_STREAM_UP, "user data stream up",
                        config.clock().millis()));
                // Whatever happened while it was down is learnt by asking once.
                reconcileAll();
            });
        }

        @Override
        public void onDown(String why) {
            venue.execute(() -> {
                userStreamUp = false;
                gate.raise(new VenueAlert(VenueAlert.Kind.USER_STREAM_DOWN, "user data stream down (" + why
                        + "); polling orders over REST", config.clock().millis()));
            });
        }
    }
}
