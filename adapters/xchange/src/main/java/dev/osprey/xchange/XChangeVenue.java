package dev.osprey.xchange;

import dev.osprey.core.instrument.Instrument;
import dev.osprey.core.market.MarketDataFeed;
import dev.osprey.core.order.Fill;
import dev.osprey.core.order.Order;
import dev.osprey.core.venue.AccountListener;
import dev.osprey.core.venue.AccountStream;
import dev.osprey.core.venue.Balance;
import dev.osprey.core.venue.OrderEntry;
import dev.osprey.core.venue.StateFetch;
import dev.osprey.core.venue.Venue;
import dev.osprey.core.venue.VenueOrder;
import dev.osprey.core.venue.VenueState;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.knowm.xchange.currency.CurrencyPair;

/**
 * Kraken or Coinbase as a live venue through XChange: order entry, an account stream polled on the venue's own
 * thread (XChange 5.2 has no private streams for them), the start-up state, query by client order id, the symbol
 * rules from the venue's pair list and the polled market feed. Build it with {@link XChangeVenues#create},
 * subscribe, then {@link #start()}.
 */
public final class XChangeVenue implements Venue, AccountStream, StateFetch {
    private final XChangeSource source;
    private final MarketSource market;
    private final KeyedAccount api;
    private final Map<String, CurrencyPair> pairs;
    private final Duration pollInterval;
    private final Clock clock;
    private final VenueLoop loop;
    private final OrderBookkeeper book;
    private final BalanceMemory balances = new BalanceMemory();
    private final AccountPoller poller;
    private final XChangeTrading trading;
    private final XChangeFeed feed;
    private volatile List<Instrument> instruments = List.of();

    XChangeVenue(XChangeSource source, MarketSource market, KeyedAccount api, Map<String, CurrencyPair> pairs,
                 Duration pollInterval, Clock clock) {
        this.source = source;
        this.market = market;
        this.api = api;
        this.pairs = Map.copyOf(pairs);
        this.pollInterval = pollInterval;
        this.clock = clock;
        this.loop = new VenueLoop(source.configName());
        this.book = new OrderBookkeeper(displayName());
        // Passes are spaced by the interval after each one ends, so the promise leaves room for the pass itself.
        long heartbeatMs = 2 * pollInterval.toMillis();
        this.poller = new AccountPoller(displayName(), api, book, balances, loop, clock, heartbeatMs);
        this.trading = new XChangeTrading(displayName(), api, pairs, book, poller, loop, clock);
        this.feed = new XChangeFeed(source, market, pollInterval, clock);
        pairs.forEach(feed::map);
    }

    /**
     * Loads the symbols' rules from the venue (blocking; off the FX and engine threads), then polls the account
     * every interval when there is a key. The feed starts on its own ({@link #marketData()}).
     */
    public List<Instrument> start() throws IOException {
        instruments = List.copyOf(market.instruments(pairs));
        loop.every(poller::pass, pollInterval.toMillis());
        return instruments;
    }

    /**
     * Signs with {@code keys} from the next call on (null: no key, order entry refuses): a key rotated in the vault
     * reaches the running venue without a restart. Orders already working are looked after with the new key.
     */
    public void useKeys(VenueKeys keys) {
        api.use(keys);
    }

    /** The venue's own rules for the configured symbols, once {@link #start()} loaded them. */
    public List<Instrument> instruments() {
        return instruments;
    }

    @Override
    public String name() {
        return source.configName();
    }

    private String displayName() {
        return source == XChangeSource.KRAKEN ? "Kraken" : "Coinbase";
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

    @Override
    public void subscribe(AccountListener listener) {
        loop.subscribe(listener);
    }

    /** Open orders and balances (none without a key). Blocks on the network: never on the engine thread. */
    @Override
    public VenueState fetchState() {
        if (!api.present()) {
            return new VenueState(List.of(), List.of());
        }
        return onLoop(() -> {
            List<Order> open = new ArrayList<>();
            for (OrderReport r : api.openOrders()) {
                String symbol = symbolOf(r.pair());
                if (symbol == null) {
                    continue; // a pair this desk does not trade
                }
                KnownOrder known = book.byVenueId(r.venueOrderId());
                String clientId = known != null ? known.clientOrderId : name() + "-" + r.venueOrderId();
                book.adopt(clientId, symbol, r);
                open.add(OrderRecords.order(clientId, symbol, r, List.of()));
            }
            List<Balance> list = api.balances();
            balances.remember(list);
            return new VenueState(open, list);
        });
    }

    /** The venue's record of our order by client order id, with its fills. Blocks: never on the engine thread. */
    @Override
    public Optional<VenueOrder> queryOrder(String symbol, String clientOrderId) {
        if (!api.present()) {
            throw new UnsupportedOperationException("no " + displayName() + " API key: it cannot be asked");
        }
        CurrencyPair pair = pairs.get(symbol);
        if (pair == null) {
            throw new IllegalArgumentException(symbol + " is not mapped to a " + displayName() + " pair");
        }
        return onLoop(() -> {
            Optional<OrderReport> found = api.byClientId(clientOrderId, pair);
            if (found.isEmpty()) {
                return Optional.empty();
            }
            OrderReport r = found.get();
            List<Fill> fills = new ArrayList<>();
            if (r.executedQty().signum() > 0) {
                for (VenueFill f : api.fills(r)) {
                    fills.add(OrderRecords.fill(clientOrderId, symbol, r, f));
                }
            }
            return Optional.of(new VenueOrder(OrderRecords.order(clientOrderId, symbol, r, fills), fills));
        });
    }

    private String symbolOf(CurrencyPair pair) {
        for (Map.Entry<String, CurrencyPair> e : pairs.entrySet()) {
            if (e.getValue().equals(pair)) {
                return e.getKey();
            }
        }
        return null;
    }

    /** Runs on the venue thread (what we know of orders lives there) and waits for the answer. */
    private <T> T onLoop(Callable<T> work) {
        if (loop.onLoop()) {
            throw new IllegalStateException("called on the venue thread (from an account listener?)");
        }
        CompletableFuture<T> answer = new CompletableFuture<>();
        loop.execute(() -> {
            try {
                answer.complete(work.call());
            } catch (Exception e) {
                answer.completeExceptionally(e);
            }
        });
        try {
            return answer.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while asking " + displayName(), e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException("could not ask " + displayName() + ": " + VenueErrors.kind(c).words()
                    + " (" + c.getMessage() + ")", c);
        }
    }

    @Override
    public void close() {
        feed.close();
        loop.close();
    }
}
