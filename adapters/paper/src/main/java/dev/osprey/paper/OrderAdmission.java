package dev.osprey.paper;

import dev.osprey.core.instrument.Instrument;
import dev.osprey.core.instrument.OrderRules;
import dev.osprey.core.market.Level;
import dev.osprey.core.market.OrderBook;
import dev.osprey.core.market.Scaled;
import dev.osprey.core.order.Liquidity;
import dev.osprey.core.order.OrderRequest;
import dev.osprey.core.order.OrderType;
import dev.osprey.core.order.RejectReason;
import dev.osprey.core.order.Rejection;
import dev.osprey.core.order.Side;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The checks a venue runs before it takes an order, in the order Binance runs them: symbol, client id, order type
 * and time in force, liquidity for a market order, the symbol's filters, a post-only that would take, then funds
 * (Binance's -2010). A refused order changes nothing.
 */
final class OrderAdmission {

    /** An admitted order: its size and price in book units, the levels it will take now, and the funds to lock. */
    record Admitted(Instrument instrument, long qty, long limitPrice, List<Level> takes, BigDecimal reserve) {
    }

    /** Exactly one of the two is set. */
    record Verdict(Admitted admitted, Rejection rejection) {
        static Verdict refuse(RejectReason reason, String detail) {
            return new Verdict(null, new Rejection(reason, detail));
        }
    }

    private final Map<String, Instrument> instruments;
    private final Map<String, OrderBook> books;
    private final RestingOrders resting;
    private final PaperAccount account;
    private final PaperAccountConfig config;

    OrderAdmission(Map<String, Instrument> instruments, Map<String, OrderBook> books, RestingOrders resting,
                   PaperAccount account, PaperAccountConfig config) {
        this.instruments = instruments;
        this.books = books;
        this.resting = resting;
        this.account = account;
        this.config = config;
    }

    Verdict check(OrderRequest r) {
        Instrument ins = instruments.get(r.symbol());
        if (ins == null) {
            return Verdict.refuse(RejectReason.UNKNOWN_SYMBOL, r.symbol());
        }
        if (resting.get(r.clientOrderId()) != null) {
            return Verdict.refuse(RejectReason.DUPLICATE_CLIENT_ID, r.clientOrderId() + " is still working");
        }
        Optional<Rejection> unsupported = PaperOrderTypes.refusal(r);
        if (unsupported.isPresent()) {
            return new Verdict(null, unsupported.get());
        }
        OrderBook book = books.get(r.symbol());
        boolean buy = r.side() == Side.BUY;
        long bestOpposite = buy ? book.bestAsk() : book.bestBid();
        boolean market = r.type() == OrderType.MARKET;
        if (market && bestOpposite == OrderBook.NO_PRICE) {
            return Verdict.refuse(RejectReason.NO_LIQUIDITY, "no " + (buy ? "asks" : "bids") + " in " + r.symbol());
        }
        BigDecimal refPrice = bestOpposite == OrderBook.NO_PRICE ? null : Scaled.toBigDecimal(bestOpposite);
        List<OrderRules.Violation> violations = OrderRules.check(ins, r.type(), r.qty(), r.price(), refPrice);
        if (!violations.isEmpty()) {
            return new Verdict(null, violations.get(0).rejection());
        }
        long qty = Scaled.of(r.qty());
        long limit = market ? OrderBook.NO_PRICE : Scaled.of(r.price());
        boolean crosses = bestOpposite != OrderBook.NO_PRICE && (buy ? bestOpposite <= limit : bestOpposite >= limit);
        if (r.postOnly() && crosses) {
            // Binance refuses a LIMIT_MAKER that would match at once rather than let it take.
            return Verdict.refuse(RejectReason.POST_ONLY_WOULD_TAKE, "best " + (buy ? "ask " : "bid ")
                    + plain(Scaled.toBigDecimal(bestOpposite)) + ", limit " + plain(r.price()));
        }
        List<Level> takes = BookSweep.plan(book, r.side(), qty, limit);
        BigDecimal reserve = buy ? buyReserve(r, takes) : r.qty();
        String asset = buy ? ins.quoteAsset() : ins.baseAsset();
        BigDecimal free = account.free(asset);
        if (reserve.compareTo(free) > 0) {
            return Verdict.refuse(RejectReason.INSUFFICIENT_BALANCE, "needs " + plain(reserve) + " " + asset
                    + ", free " + plain(free) + " " + asset);
        }
        return new Verdict(new Admitted(ins, qty, limit, takes, reserve), null);
    }

    /**
     * A limit buy locks its full value at its price plus the dearer fee, since it may fill either way. A market
     * buy has no price of its own, so it locks what walking the book now will cost, which is exactly what it pays.
     */
    private BigDecimal buyReserve(OrderRequest r, List<Level> takes) {
        if (r.type() == OrderType.LIMIT) {
            BigDecimal value = r.qty().multiply(r.price());
            return value.add(config.reserveFee(value));
        }
        BigDecimal cost = BigDecimal.ZERO;
        for (Level take : takes) {
            BigDecimal notional = Settlement.notional(take.price(), take.qty());
            cost = cost.add(notional).add(config.fee(notional, Liquidity.TAKER));
        }
        return cost;
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }
}
