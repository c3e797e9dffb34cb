package dev.osprey.xchange;

import dev.osprey.core.market.FeedState;
import dev.osprey.core.market.FeedStatus;
import dev.osprey.core.market.MarketDataFeed;
import dev.osprey.core.market.MarketDataListener;
import dev.osprey.core.market.MarketEvent;
import dev.osprey.core.market.TradePrint;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.knowm.xchange.currency.CurrencyPair;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Book and trades of a venue through its XChange Raw market-data service, polled on one thread: each poll gives a
 * full book snapshot and the trades not seen before (the first poll only marks where the tape starts, so old prints
 * are not replayed into the engine). A failed poll reports the feed DISCONNECTED with the reason; the next good one
 * LIVE again. Listeners are called on the feed's thread, in order.
 */
public final class XChangeFeed implements MarketDataFeed {
    private static final Logger LOG = LoggerFactory.getLogger(XChangeFeed.class);
    /** Enough to recognise every trade of the previous poll: venues return at most about 1,000. */
    private static final int REMEMBERED_TRADES = 5_000;

    private final XChangeSource source;
    private final MarketSource market;
    private final Duration interval;
    private final Clock clock;
    private final Map<String, Subscription> subscriptions = new LinkedHashMap<>();
    private ScheduledExecutorService thread;

    XChangeFeed(XChangeSource source, MarketSource market, Duration interval, Clock clock) {
        this.source = source;
        this.market = market;
        this.interval = interval;
        this.clock = clock;
    }

    /** {@code symbol} is ours (BTCUSDT); {@code pair} is how XChange names it (BTC/USDT). */
    public synchronized void map(String symbol, CurrencyPair pair) {
        subscriptions.computeIfAbsent(symbol, s -> new Subscription(s, pair));
    }

    @Override
    public synchronized void subscribe(String symbol, MarketDataListener listener) {
        if (thread != null) {
            throw new IllegalStateException("subscribe to " + symbol + " before the feed starts");
        }
        Subscription sub = subscriptions.get(symbol);
        if (sub == null) {
            throw new IllegalArgumentException(symbol + " has no " + source.configName() + " pair; mapped: "
                    + subscriptions.keySet());
        }
        sub.listeners.add(listener);
    }

    @Override
    public synchronized void start() {
        if (thread != null) {
            throw new IllegalStateException("the " + source.configName() + " feed has already started");
        }
        thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "xchange-" + source.configName());
            t.setDaemon(true);
            return t;
        });
        for (Subscription sub : subscriptions.values()) {
            sub.emit(new FeedStatus(sub.symbol, FeedState.CONNECTING, source.configName() + " via XChange",
                    clock.millis()));
        }
        thread.scheduleWithFixedDelay(this::pollAll, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void pollAll() {
        for (Subscription sub : subscriptions.values()) {
            if (!sub.listeners.isEmpty()) {
                sub.poll();
            }
        }
    }

    @Override
    public synchronized void close() {
        if (thread != null) {
            thread.shutdownNow();
        }
    }

    private final class Subscription {
        final String symbol;
        final CurrencyPair pair;
        final List<MarketDataListener> listeners = new CopyOnWriteArrayList<>();
        final Set<String> seenTrades = new LinkedHashSet<>();
        long polls;
        long syntheticTradeIds;
        boolean live;
        /** Set by the first poll that read the tape: what it saw is history, not news. */
        boolean tapeMarked;

        Subscription(String symbol, CurrencyPair pair) {
            this.symbol = symbol;
            this.pair = pair;
        }

        void poll() {
            try {
                long now = clock.millis();
                emit(XChangeMapping.snapshot(symbol, ++polls, market.book(pair), now));
                List<TapeTrade> trades = new ArrayList<>(market.tape(pair));
                trades.sort(Comparator.comparingLong(TapeTrade::timeMs));
                for (TradePrint t : unseen(trades, now)) {
                    emit(t);
                }
                if (!live) {
                    live = true;
                    emit(new FeedStatus(symbol, FeedState.LIVE, "polling every " + interval.toMillis() + " ms", now));
                }
            } catch (Exception e) {
                // XChange reports venue errors as runtime exceptions and network ones as IOException: both mean
                // this poll gave nothing, and the next one tries again.
                LOG.warn("{} {} poll failed: {}", source.configName(), symbol, e.toString());
                if (live || polls <= 1) {
                    emit(new FeedStatus(symbol, FeedState.DISCONNECTED, "poll failed: " + e.getClass().getSimpleName()
                            + (e.getMessage() == null ? "" : ": " + e.getMessage()), clock.millis()));
                }
                live = false;
            }
        }

        private List<TradePrint> unseen(List<TapeTrade> trades, long now) {
            boolean baseline = !tapeMarked;
            tapeMarked = true;
            List<TradePrint> out = new ArrayList<>();
            for (TapeTrade t : trades) {
                String key = t.id() != null ? t.id() : t.timeMs() + "/" + t.price() + "/" + t.qty();
                if (seenTrades.add(key) && !baseline) {
                    out.add(XChangeMapping.trade(symbol, t, ++syntheticTradeIds, now));
                }
            }
            while (seenTrades.size() > REMEMBERED_TRADES) {
                seenTrades.remove(seenTrades.iterator().next());
            }
            return out;
        }

        void emit(MarketEvent e) {
            for (MarketDataListener l : listeners) {
                try {
                    l.onMarketEvent(e);
                } catch (RuntimeException ex) {
                    LOG.error("market listener failed on {}", e.getClass().getSimpleName(), ex);
                }
            }
        }
    }
}
