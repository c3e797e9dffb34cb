package dev.osprey.paper;

import dev.osprey.core.instrument.Instrument;
import dev.osprey.core.market.BookDelta;
import dev.osprey.core.market.BookSnapshot;
import dev.osprey.core.market.FeedState;
import dev.osprey.core.market.FeedStatus;
import dev.osprey.core.market.MarketEvent;
import dev.osprey.core.market.OrderBook;
import dev.osprey.core.market.Scaled;
import dev.osprey.core.market.TradePrint;
import dev.osprey.core.order.Liquidity;
import dev.osprey.core.order.Order;
import dev.osprey.core.order.OrderRequest;
import dev.osprey.core.order.OrderType;
import dev.osprey.core.order.RejectReason;
import dev.osprey.core.order.Rejection;
import dev.osprey.core.venue.AccountEvent;
import dev.osprey.core.venue.CancelRejected;
import dev.osprey.core.venue.OrderAccepted;
import dev.osprey.core.venue.OrderCanceled;
import dev.osprey.core.venue.OrderExpired;
import dev.osprey.core.venue.OrderRejected;
import dev.osprey.core.venue.VenueState;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The paper venue's matching engine: fills our orders against its own copy of the public book and the public
 * trades, and keeps the paper account. Single-threaded and deterministic: its only clock is the time of the last
 * market event it saw, so the same events and commands always give the same fills.
 * Every method returns the account events it caused, in the order a live venue would send them.
 */
public final class PaperMatcher {
    static final String CANCELED_ON_REQUEST = "canceled on request";

    private final Map<String, OrderBook> books = new HashMap<>();
    private final PaperAccount account;
    private final Settlement settlement;
    private final RestingOrders resting = new RestingOrders();
    private final OrderAdmission admission;
    private long orderSequence;
    private long clockMs;

    public PaperMatcher(PaperAccountConfig config, List<Instrument> instruments) {
        Map<String, Instrument> bySymbol = new HashMap<>();
        for (Instrument ins : instruments) {
            bySymbol.put(ins.symbol(), ins);
            books.put(ins.symbol(), new OrderBook(ins.symbol()));
        }
        this.account = new PaperAccount(config.initialBalances());
        this.settlement = new Settlement(config, account);
        this.admission = new OrderAdmission(Map.copyOf(bySymbol), books, resting, account, config);
    }

    /** Applies one market event to our book copy and fills the resting orders it reaches. */
    public List<AccountEvent> apply(MarketEvent event) {
        OrderBook book = books.get(event.symbol());
        if (book == null) {
            return List.of();
        }
        clockMs = event.eventTimeMs();
        List<AccountEvent> out = new ArrayList<>();
        if (event instanceof BookSnapshot || event instanceof BookDelta) {
            book.apply(event);
            resting.fillOnCross(book, settlement, clockMs, out);
        } else if (event instanceof TradePrint trade) {
            resting.fillOnTrade(trade, settlement, out);
        } else if (event instanceof FeedStatus status && isStale(status.state())) {
            // The feed has dropped its book until a fresh snapshot lines up; filling against ours would trade
            // on prices nobody can see any more.
            book.clear();
        }
        return reportBalances(out);
    }

    public List<AccountEvent> place(OrderRequest request) {
        OrderAdmission.Verdict verdict = admission.check(request);
        if (verdict.rejection() != null) {
            return List.of(new OrderRejected(request.clientOrderId(), verdict.rejection(), clockMs));
        }
        OrderAdmission.Admitted a = verdict.admitted();
        long sequence = ++orderSequence;
        WorkingOrder order = new WorkingOrder(request, a.instrument(), "P-" + sequence, sequence, a.qty(),
                a.limitPrice(), a.reserve(), clockMs);
        settlement.reserve(order);
        List<AccountEvent> out = new ArrayList<>();
        out.add(new OrderAccepted(request.clientOrderId(), order.venueOrderId, clockMs));
        BookSweep.consume(books.get(request.symbol()), request.side(), a.takes());
        for (var take : a.takes()) {
            out.add(settlement.fill(order, take.price(), take.qty(), Liquidity.TAKER, clockMs));
        }
        if (!order.isDone()) {
            if (request.type() == OrderType.MARKET) {
                settlement.release(order);
                out.add(new OrderExpired(request.clientOrderId(), "book ran out: " + Scaled.format(order.remaining)
                        + " of " + Scaled.format(a.qty()) + " unfilled", clockMs));
            } else {
                resting.add(order);
            }
        }
        return reportBalances(out);
    }

    public List<AccountEvent> cancel(String symbol, String clientOrderId) {
        WorkingOrder order = resting.get(clientOrderId);
        if (order == null || !order.symbol().equals(symbol)) {
            return List.of(new CancelRejected(clientOrderId,
                    new Rejection(RejectReason.UNKNOWN_ORDER, clientOrderId + " on " + symbol), clockMs));
        }
        List<AccountEvent> out = new ArrayList<>();
        cancel(order, out);
        return reportBalances(out);
    }

    /** Cancels every working order of one symbol, or of all symbols when {@code symbol} is null. */
    public List<AccountEvent> cancelAll(String symbol) {
        List<AccountEvent> out = new ArrayList<>();
        for (WorkingOrder order : resting.all()) {
            if (symbol == null || order.symbol().equals(symbol)) {
                cancel(order, out);
            }
        }
        return reportBalances(out);
    }

    public VenueState state() {
        List<Order> open = new ArrayList<>();
        for (WorkingOrder order : resting.all()) {
            open.add(order.toOrder());
        }
        return new VenueState(open, account.balances());
    }

    /** The venue clock: the event time of the last market event applied, in epoch ms. */
    public long clockMs() {
        return clockMs;
    }

    private void cancel(WorkingOrder order, List<AccountEvent> out) {
        resting.remove(order);
        settlement.release(order);
        out.add(new OrderCanceled(order.clientOrderId(), CANCELED_ON_REQUEST, clockMs));
    }

    /** A live venue reports balances after the order updates that moved them; so does this one. */
    private List<AccountEvent> reportBalances(List<AccountEvent> out) {
        account.takeChanges(clockMs).ifPresent(out::add);
        return out;
    }

    private static boolean isStale(FeedState state) {
        return state == FeedState.RESYNCING || state == FeedState.DISCONNECTED;
    }
}
