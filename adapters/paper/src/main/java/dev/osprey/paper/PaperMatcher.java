package dev.osprey.paper;

import dev.osprey.core.instrument.Instrument;
import dev.osprey.core.market.BookDelta;
import dev.osprey.core.market.BookSnapshot;
import dev.osprey.core.market.FeedState;
import dev.osprey.core.market.FeedStatus;
import dev.osprey.core.market.MarketEvent;
import dev.osprey.core.market.OrderBook;
import dev.osprey.core.market.TradePrint;
import dev.osprey.core.order.Order;
import dev.osprey.core.order.OrderRequest;
import dev.osprey.core.order.RejectReason;
import dev.osprey.core.order.Rejection;
import dev.osprey.core.venue.AccountEvent;
import dev.osprey.core.venue.CancelRejected;
import dev.osprey.core.venue.OrderCanceled;
import dev.osprey.core.venue.Balance;
import dev.osprey.core.venue.VenueOrder;
import dev.osprey.core.venue.VenueState;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntConsumer;

/**
 * The paper venue's matching engine: fills our orders against its own copy of the public book and the public
 * trades, and keeps the paper account. Single-threaded and deterministic: its only clock is market time, the time
 * of the last market event it saw, and {@link PaperLatency} is counted on that clock, so the same market events and
 * the same requests at the same market times always give the same reports.
 * Every method returns the reports that reach us by then, in the order the venue wrote them; with latency, a
 * request's reports come out of a later call.
 */
public final class PaperMatcher {
    static final String CANCELED_ON_REQUEST = "canceled on request";
    /** Market time going back further than this is a replay starting over, not streams slightly out of order. */
    static final long REWIND_MS = 1_000;

    /** The feed reported ENDED and nothing has moved market time since. */
    private boolean ended;
    private final Map<String, OrderBook> books = new HashMap<>();
    private final PaperAccount account;
    private final Settlement settlement;
    private final RestingOrders resting = new RestingOrders();
    private final OrderArrival arrival;
    private final PaperLatency latency;
    /** Requests on their way to the venue, each run when market time reaches its arrival. */
    private final DelayLine<Runnable> requests = new DelayLine<>();
    /** Reports on their way back: account events, and cancel-all answers (Runnables) in their place among them. */
    private final DelayLine<Object> reports = new DelayLine<>();
    /** What the step being run wrote, before it goes on its way. */
    private final List<AccountEvent> step = new ArrayList<>();
    private long clockMs;

    public PaperMatcher(PaperAccountConfig config, List<Instrument> instruments) {
        Map<String, Instrument> bySymbol = new HashMap<>();
        for (Instrument ins : instruments) {
            bySymbol.put(ins.symbol(), ins);
            books.put(ins.symbol(), new OrderBook(ins.symbol()));
        }
        this.account = new PaperAccount(config.initialBalances());
        this.settlement = new Settlement(config, account);
        this.latency = config.latency();
        OrderAdmission admission = new OrderAdmission(Map.copyOf(bySymbol), books, resting, account, config);
        this.arrival = new OrderArrival(books, admission, settlement, resting);
    }

    /**
     * Moves market time to the event's, first running the requests that arrived by then, then applies the event to
     * our book copy and fills the resting orders it reaches.
     */
    public List<AccountEvent> apply(MarketEvent event) {
        OrderBook book = books.get(event.symbol());
        if (book == null) {
            return List.of();
        }
        // An event without a time of its own (0) leaves the clock where it is.
        advanceTo(event.eventTimeMs() > 0 ? event.eventTimeMs() : clockMs);
        if (event instanceof BookSnapshot || event instanceof BookDelta) {
            book.apply(event);
            resting.onBook(book, settlement, clockMs, step);
        } else if (event instanceof TradePrint trade) {
            resting.fillOnTrade(trade, settlement, clockMs, step);
        } else if (event instanceof FeedStatus status) {
            onFeedStatus(book, status.state());
        }
        send();
        ended = event instanceof FeedStatus status && status.state() == FeedState.ENDED;
        return delivered();
    }

    /** Sends an order; it reaches the venue {@link PaperLatency#submitMs()} of market time later. */
    public List<AccountEvent> place(OrderRequest request) {
        return request(latency.submitMs(), () -> arrival.arrive(request, clockMs, step));
    }

    /** Sends a cancel; it takes effect {@link PaperLatency#cancelMs()} later, and the order may fill until then. */
    public List<AccountEvent> cancel(String symbol, String clientOrderId) {
        return request(latency.cancelMs(), () -> cancelNow(symbol, clientOrderId));
    }

    /** Cancels every working order of one symbol, or of all symbols when {@code symbol} is null. */
    public List<AccountEvent> cancelAll(String symbol) {
        return cancelAll(symbol, count -> { });
    }

    /**
     * As {@link #cancelAll(String)}; {@code onReported} gets the number cancelled once the cancels' reports are
     * delivered: it runs inside the call that returns them, after they are in its list.
     */
    public List<AccountEvent> cancelAll(String symbol, IntConsumer onReported) {
        return request(latency.cancelMs(), () -> {
            int count = cancelAllNow(symbol);
            send();
            reports.add(clockMs + reportDelay(), (Runnable) () -> onReported.accept(count));
        });
    }

    /** The orders working at the venue (not those still on their way) and the balances. */
    public VenueState state() {
        List<Order> open = new ArrayList<>();
        for (WorkingOrder order : resting.all()) {
            open.add(order.toOrder());
        }
        return new VenueState(open, account.balances());
    }

    /**
     * After a restart: balances as last reported, then each order that was working back in the book. Returns the
     * orders that could not be put back (funds missing).
     */
    public List<VenueOrder> restore(List<Balance> balances, List<VenueOrder> open, List<String> venueOrderIds) {
        account.restore(balances);
        venueOrderIds.forEach(arrival::continueSequenceAfter);
        List<VenueOrder> left = new ArrayList<>();
        for (VenueOrder o : open) {
            if (!arrival.restore(o, clockMs)) {
                left.add(o);
            }
        }
        account.takeChanges(clockMs);
        return left;
    }

    /** The venue clock: market time, in epoch ms. */
    public long clockMs() {
        return clockMs;
    }

    /** Nothing on its way to or from the venue. */
    boolean isQuiet() {
        return requests.isEmpty() && reports.isEmpty();
    }

    /** Per asset, the funds the working orders hold: what the account's locked balance must equal. */
    Map<String, BigDecimal> reservedByOrders() {
        Map<String, BigDecimal> held = new TreeMap<>();
        for (WorkingOrder o : resting.all()) {
            held.merge(o.reserveAsset(), o.reserve, BigDecimal::add);
        }
        return held;
    }

    private List<AccountEvent> request(long delayMs, Runnable atVenue) {
        requests.add(clockMs + (ended ? 0 : delayMs), atVenue);
        advanceTo(clockMs);
        return delivered();
    }

    private void advanceTo(long timeMs) {
        if (timeMs < clockMs - REWIND_MS) {
            // A looping replay went back to its start: what is in flight stays that far from arriving.
            requests.shift(timeMs - clockMs);
            reports.shift(timeMs - clockMs);
            clockMs = timeMs;
        }
        while (requests.hasDue(timeMs)) {
            clockMs = Math.max(clockMs, requests.headDueMs());
            requests.poll().run();
            send();
        }
        clockMs = Math.max(clockMs, timeMs);
    }

    /** After the feed has ended, market time no longer moves: requests and reports then take no time. */
    private long reportDelay() {
        return ended ? 0 : latency.reportMs();
    }

    private void onFeedStatus(OrderBook book, FeedState state) {
        if (state == FeedState.RESYNCING || state == FeedState.DISCONNECTED) {
            // The feed has dropped its book until a fresh snapshot lines up; filling against ours would trade
            // on prices nobody can see any more.
            book.clear();
        } else if (state == FeedState.ENDED) {
            // Market time stops here for good: let everything in flight arrive rather than wait forever.
            while (!requests.isEmpty()) {
                advanceTo(requests.headDueMs());
            }
            clockMs = Math.max(clockMs, reports.lastDueMs());
        }
    }

    private void cancelNow(String symbol, String clientOrderId) {
        WorkingOrder order = resting.get(clientOrderId);
        if (order == null || !order.symbol().equals(symbol)) {
            step.add(new CancelRejected(clientOrderId,
                    new Rejection(RejectReason.UNKNOWN_ORDER, clientOrderId + " on " + symbol), clockMs));
            return;
        }
        cancel(order);
    }

    private int cancelAllNow(String symbol) {
        int count = 0;
        for (WorkingOrder order : resting.all()) {
            if (symbol == null || order.symbol().equals(symbol)) {
                cancel(order);
                count++;
            }
        }
        return count;
    }

    private void cancel(WorkingOrder order) {
        resting.remove(order);
        settlement.release(order);
        step.add(new OrderCanceled(order.clientOrderId(), CANCELED_ON_REQUEST, clockMs));
    }

    /** Puts what the step wrote on its way back, followed by the balances it moved, as a live venue reports them. */
    private void send() {
        account.takeChanges(clockMs).ifPresent(step::add);
        long at = clockMs + reportDelay();
        for (AccountEvent event : step) {
            reports.add(at, event);
        }
        step.clear();
    }

    private List<AccountEvent> delivered() {
        if (!reports.hasDue(clockMs)) {
            return List.of();
        }
        List<AccountEvent> out = new ArrayList<>();
        while (reports.hasDue(clockMs)) {
            Object report = reports.poll();
            if (report instanceof AccountEvent event) {
                out.add(event);
            } else {
                ((Runnable) report).run();
            }
        }
        return out;
    }
}
