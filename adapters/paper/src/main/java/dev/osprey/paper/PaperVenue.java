package dev.osprey.paper;

import dev.osprey.core.instrument.Instrument;
import dev.osprey.core.market.MarketDataFeed;
import dev.osprey.core.market.MarketEvent;
import dev.osprey.core.order.OrderRequest;
import dev.osprey.core.order.OrderType;
import dev.osprey.core.venue.AccountEvent;
import dev.osprey.core.venue.AccountListener;
import dev.osprey.core.venue.AccountStream;
import dev.osprey.core.venue.OrderEntry;
import dev.osprey.core.venue.StateFetch;
import dev.osprey.core.venue.Venue;
import dev.osprey.core.venue.VenueOrder;
import dev.osprey.core.venue.VenueState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A simulated venue behind the same interface as a live one. Market events and order commands go through one
 * queue to one thread, "paper-venue", so whether an order saw a book update is decided by arrival order alone,
 * as it is at a real matching engine. Account events are delivered to listeners on that thread, in order. The
 * configured {@link PaperLatency} is counted in market time by the matcher, not slept on this thread.
 * <p>
 * The market-data feed is shared with the engine and is owned by whoever built it: closing the venue stops the
 * paper thread but leaves the feed running.
 */
public final class PaperVenue implements Venue, OrderEntry, AccountStream, StateFetch {
    public static final String THREAD_NAME = "paper-venue";
    private static final Logger log = LoggerFactory.getLogger(PaperVenue.class);
    private static final long STATE_FETCH_TIMEOUT_MS = 5_000;

    private final PaperMatcher matcher;
    private final MarketDataFeed feed;
    private final List<AccountListener> listeners = new CopyOnWriteArrayList<>();
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, THREAD_NAME);
        t.setDaemon(true);
        paperThread = t;
        return t;
    });
    private volatile Thread paperThread;
    /** Answers due once the reports just handed to the matcher's caller are delivered; paper thread only. */
    private final Queue<Runnable> afterPublish = new ArrayDeque<>();

    /** Every order that reached the venue and the balances it reported; paper thread only. */
    private final OrderHistory history = new OrderHistory();
    /** The durable books, or null for a throw-away account. */
    private final PaperLedger ledger;

    /** A throw-away paper account: it starts from the configured balances every time. */
    public PaperVenue(PaperAccountConfig config, List<Instrument> instruments, MarketDataFeed feed) {
        this(config, instruments, feed, null);
    }

    /**
     * A paper account kept in {@code ledgerFile}: orders, fills and balances survive a restart or a crash, as at an
     * exchange. A new file starts from the configured balances; an existing one continues where it ended, working
     * orders back in the book (at the back of their queue).
     */
    public PaperVenue(PaperAccountConfig config, List<Instrument> instruments, MarketDataFeed feed, Path ledgerFile) {
        this.matcher = new PaperMatcher(config, instruments);
        this.feed = feed;
        this.ledger = ledgerFile == null ? null : PaperLedger.open(ledgerFile, history);
        if (ledger != null && history.size() > 0) {
            List<VenueOrder> left = matcher.restore(history.balances(), history.open(), history.venueOrderIds());
            for (VenueOrder o : left) {
                log.warn("paper order {} could not be put back in the book: funds missing", o.order().clientOrderId());
            }
            log.info("paper account restored from {}: {} order(s), {} working", ledgerFile, history.size(),
                    history.open().size() - left.size());
        }
        for (Instrument ins : instruments) {
            feed.subscribe(ins.symbol(), this::onMarketEvent);
        }
    }

    @Override
    public String name() {
        return "paper";
    }

    @Override
    public OrderEntry orderEntry() {
        return this;
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

    @Override
    public void subscribe(AccountListener listener) {
        listeners.add(listener);
    }

    @Override
    public void place(OrderRequest request) {
        post(() -> {
            history.received(request);
            publish(matcher.place(request));
        }, request);
    }

    @Override
    public void cancel(String symbol, String clientOrderId) {
        post(() -> publish(matcher.cancel(symbol, clientOrderId)), "cancel " + clientOrderId);
    }

    /** MARKET and LIMIT, as Binance spot; the engine holds and triggers the conditional types. */
    @Override
    public Set<OrderType> nativeTypes() {
        return PaperOrderTypes.NATIVE;
    }

    /**
     * The future completes with the number cancelled once their reports have been delivered to the listeners
     * (after the venue's cancel latency and report latency, in market time).
     */
    @Override
    public CompletableFuture<Integer> cancelAll(String symbol) {
        CompletableFuture<Integer> cancelled = new CompletableFuture<>();
        try {
            thread.execute(() -> {
                try {
                    publish(matcher.cancelAll(symbol, count -> afterPublish.add(() -> cancelled.complete(count))));
                } catch (RuntimeException e) {
                    cancelled.completeExceptionally(e);
                }
            });
        } catch (RejectedExecutionException closed) {
            cancelled.completeExceptionally(new IllegalStateException("paper venue is closed", closed));
        }
        return cancelled;
    }

    /** The matcher's open orders and balances, read on the paper thread so they are consistent with each other. */
    @Override
    public VenueState fetchState() {
        // A listener asking from the paper thread would otherwise wait on itself.
        if (Thread.currentThread() == paperThread) {
            return matcher.state();
        }
        try {
            return thread.submit(matcher::state).get(STATE_FETCH_TIMEOUT_MS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while fetching paper state", e);
        } catch (ExecutionException | TimeoutException | RejectedExecutionException e) {
            throw new IllegalStateException("could not fetch paper state", e);
        }
    }

    /** The venue's record of one order, read on the paper thread; empty if the order never reached the venue. */
    @Override
    public Optional<VenueOrder> queryOrder(String symbol, String clientOrderId) {
        if (Thread.currentThread() == paperThread) {
            return history.find(clientOrderId);
        }
        try {
            return thread.submit(() -> history.find(clientOrderId)).get(STATE_FETCH_TIMEOUT_MS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while querying paper order " + clientOrderId, e);
        } catch (ExecutionException | TimeoutException | RejectedExecutionException e) {
            throw new IllegalStateException("could not query paper order " + clientOrderId, e);
        }
    }

    @Override
    public void close() {
        thread.shutdown();
        try {
            if (!thread.awaitTermination(2, TimeUnit.SECONDS)) {
                thread.shutdownNow();
            }
        } catch (InterruptedException e) {
            thread.shutdownNow();
            Thread.currentThread().interrupt();
        }
        if (ledger != null) {
            ledger.close();
        }
    }

    private void onMarketEvent(MarketEvent event) {
        try {
            thread.execute(guarded(() -> publish(matcher.apply(event)), event));
        } catch (RejectedExecutionException closed) {
            // The feed outlives the venue on shutdown; events after close have nobody to fill.
            log.debug("paper venue closed, dropping {}", event);
        }
    }

    private void post(Runnable command, Object what) {
        try {
            thread.execute(guarded(command, what));
        } catch (RejectedExecutionException closed) {
            throw new IllegalStateException("paper venue is closed", closed);
        }
    }

    /** A failure is a matcher bug: log it with what triggered it and keep the paper thread serving. */
    private static Runnable guarded(Runnable task, Object what) {
        return () -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                log.error("paper venue failed on {}", what, e);
            }
        };
    }

    /** Books each report (durably, with a ledger) before anyone hears of it, as an exchange does. */
    private void publish(List<AccountEvent> events) {
        for (AccountEvent e : events) {
            OrderRequest request = history.takeRequest(e);
            history.apply(e, request);
            if (ledger != null) {
                ledger.write(e, request);
            }
        }
        if (ledger != null) {
            ledger.sync();
        }
        deliver(events);
        while (!afterPublish.isEmpty()) {
            afterPublish.poll().run();
        }
    }

    private void deliver(List<AccountEvent> events) {
        for (AccountEvent event : events) {
            for (AccountListener listener : listeners) {
                try {
                    listener.onAccountEvent(event);
                } catch (RuntimeException e) {
                    // One broken listener must not stop the venue or starve the others.
                    log.error("account listener failed on {}", event, e);
                }
            }
        }
    }
}
