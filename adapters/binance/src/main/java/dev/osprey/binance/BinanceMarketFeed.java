package dev.osprey.binance;

import dev.osprey.core.market.FeedState;
import dev.osprey.core.market.MarketDataFeed;
import dev.osprey.core.market.MarketDataListener;
import dev.osprey.core.market.MarketEvent;
import dev.osprey.core.market.OrderBook;
import dev.osprey.core.market.TradePrint;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Binance market data: one combined-stream WebSocket through XChange's stream-binance transport
 * ({@code <symbol>@depth@100ms} and {@code <symbol>@trade} for each subscribed symbol), a {@link LiveBookSync} per
 * symbol, and REST depth snapshots (XChange's {@code depth}) when a book must be (re)built. Everything runs on one thread, {@value #THREAD_NAME}; listeners are called on it, in order.
 */
public final class BinanceMarketFeed implements MarketDataFeed {
    public static final String THREAD_NAME = "binance-market";
    private static final Logger LOG = LoggerFactory.getLogger(BinanceMarketFeed.class);

    private final BinanceConfig config;
    private final RestClient rest;
    private final LatencyMonitor latency;
    private final InstrumentCatalog catalog;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, THREAD_NAME);
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Subscription> subscriptions = new ConcurrentHashMap<>();
    private final StreamDecoder decoder = new StreamDecoder();
    private ResilientSocket socket;
    private volatile long malformed;

    BinanceMarketFeed(BinanceConfig config, RestClient rest, LatencyMonitor latency, InstrumentCatalog catalog) {
        this.config = config;
        this.latency = latency;
        this.rest = rest;
        this.catalog = catalog;
    }

    @Override
    public synchronized void subscribe(String symbol, MarketDataListener listener) {
        if (socket != null) {
            throw new IllegalStateException("subscribe to " + symbol + " before the feed starts");
        }
        String s = symbol.toUpperCase(Locale.ROOT);
        subscriptions.computeIfAbsent(s, Subscription::new).listeners.add(listener);
    }

    @Override
    public synchronized void start() {
        if (socket != null) {
            throw new IllegalStateException("the Binance feed has already started");
        }
        if (subscriptions.isEmpty()) {
            throw new IllegalStateException("no symbol subscribed");
        }
        List<String> streams = new ArrayList<>();
        for (String s : subscriptions.keySet()) {
            String lower = s.toLowerCase(Locale.ROOT);
            streams.add(lower + "@depth@100ms");
            streams.add(lower + "@trade");
        }
        URI uri = config.endpoints().combinedStream(streams);
        socket = new ResilientSocket(new XChangeStreamConnector(config.requestTimeout(), config.staleAfter()), uri,
                thread, new Backoff(config.reconnectMin(), config.reconnectMax()),
                config.staleAfter(), new Handler());
        thread.execute(socket::start);
    }

    @Override
    public void close() {
        ResilientSocket s;
        synchronized (this) {
            s = socket;
        }
        if (s != null) {
            s.close();
        }
        thread.execute(() -> subscriptions.values().forEach(sub -> sub.sync.disconnected("feed closed")));
        thread.shutdown();
        try {
            thread.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public FeedState state(String symbol) {
        return subscription(symbol).sync.state();
    }

    public FeedStats stats(String symbol) {
        return subscription(symbol).sync.counters().stats();
    }

    public long malformedMessages() {
        return malformed;
    }

    /** A copy of the synchronised book, taken on the feed thread. */
    public CompletableFuture<OrderBookCopy> bookCopy(String symbol, int depth) {
        Subscription sub = subscription(symbol);
        return CompletableFuture.supplyAsync(() -> OrderBookCopy.of(sub.sync.book(), depth), thread);
    }

    private Subscription subscription(String symbol) {
        Subscription s = subscriptions.get(symbol.toUpperCase(Locale.ROOT));
        if (s == null) {
            throw new IllegalArgumentException(symbol + " is not subscribed");
        }
        return s;
    }

    private void requestSnapshot(Subscription sub) {
        long delay = sub.snapshotAttempts == 0 ? 0 : sub.snapshotBackoff.nextDelayMs();
        sub.snapshotAttempts++;
        thread.schedule(() -> fetchSnapshot(sub), delay, TimeUnit.MILLISECONDS);
    }

    private void fetchSnapshot(Subscription sub) {
        RestCall call = RestCall.get("/api/v3/depth", depthWeight(config.depthLimit()));
        rest.send(call, (api, auth) -> api.xchange.depth(sub.symbol, config.depthLimit())).whenCompleteAsync((book, failure) -> {
            if (failure != null) {
                sub.sync.snapshotFailed(ApiErrors.fromThrowable(failure).getMessage());
                thread.schedule(sub.sync::askAgain, sub.snapshotBackoff.nextDelayMs(), TimeUnit.MILLISECONDS);
                return;
            }
            try {
                sub.sync.onSnapshot(XChangeReports.snapshot(sub.symbol, book, config.clock().millis()));
            } catch (RuntimeException e) {
                sub.sync.snapshotFailed("unreadable snapshot: " + e.getMessage());
            }
            if (sub.sync.state() == FeedState.LIVE) {
                sub.snapshotAttempts = 0;
                sub.snapshotBackoff.reset();
            }
        }, thread);
    }

    /**
     * The symbol's tick from exchangeInfo's PRICE_FILTER if the catalog has loaded it (the venue loads its symbols
     * at start), else 0: the book then keeps its levels in sorted blocks, slower but exact.
     */
    private long tickOf(String symbol) {
        return catalog.cached(symbol).map(r -> OrderBook.tickOf(r.tickSize())).orElse(0L);
    }

    /** Binance's weight for GET /api/v3/depth by limit. */
    static int depthWeight(int limit) {
        return limit <= 100 ? 5 : limit <= 500 ? 25 : limit <= 1000 ? 50 : 250;
    }

    private final class Handler implements ResilientSocket.Handler, StreamDecoder.Sink {
        @Override
        public void onConnecting(URI uri, int attempt) {
            String detail = attempt == 0 ? "connecting" : "reconnecting, attempt " + (attempt + 1);
            subscriptions.values().forEach(s -> s.sync.connecting(detail));
        }

        @Override
        public void onOpen() {
            subscriptions.values().forEach(s -> {
                s.snapshotAttempts = 0;
                s.sync.begin();
            });
        }

        @Override
        public void onText(String message) {
            try {
                decoder.decode(message, this);
            } catch (IllegalArgumentException e) {
                malformed++;
                LOG.warn("skipped a malformed stream message: {}", e.getMessage());
            }
        }

        @Override
        public void onDown(String why, long reconnectInMs) {
            String detail = why + "; reconnecting in " + reconnectInMs + " ms";
            subscriptions.values().forEach(s -> s.sync.disconnected(detail));
        }

        @Override
        public void onDepth(DepthUpdate diff) {
            latency.marketData(diff.eventTimeMs);
            Subscription s = subscriptions.get(diff.symbol);
            if (s != null) {
                s.sync.onDiff(diff);
            }
        }

        @Override
        public void onTrade(TradePrint trade) {
            latency.marketData(trade.eventTimeMs());
            Subscription s = subscriptions.get(trade.symbol());
            if (s != null) {
                s.sync.onTrade(trade);
            }
        }
    }

    private final class Subscription implements MarketDataListener {
        final String symbol;
        final List<MarketDataListener> listeners = new CopyOnWriteArrayList<>();
        final LiveBookSync sync;
        final Backoff snapshotBackoff = new Backoff(config.reconnectMin(), config.reconnectMax());
        int snapshotAttempts;

        Subscription(String symbol) {
            this.symbol = symbol;
            this.sync = new LiveBookSync(symbol, this, () -> requestSnapshot(this), () -> tickOf(symbol));
        }

        @Override
        public void onMarketEvent(MarketEvent event) {
            for (MarketDataListener l : listeners) {
                try {
                    l.onMarketEvent(event);
                } catch (RuntimeException e) {
                    LOG.error("market listener failed on {}", event.getClass().getSimpleName(), e);
                }
            }
        }
    }
}
