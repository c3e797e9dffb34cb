package dev.osprey.paper;

import dev.osprey.core.market.Level;
import dev.osprey.core.market.OrderBook;
import dev.osprey.core.market.TradePrint;
import dev.osprey.core.order.Liquidity;
import dev.osprey.core.order.Side;
import dev.osprey.core.venue.AccountEvent;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Our limit orders resting at the paper venue, and how the public market fills them. A paper order is not in the
 * real book, so it fills only when the market proves it would have: trades at its price beyond the queue estimated
 * ahead of it ({@link QueuePosition}), a trade through its price, or the opposite side of the book moving onto it.
 * It always fills at its own limit price, as maker. Our own orders share each public trade in price-time priority,
 * so one print is never used twice.
 */
final class RestingOrders {
    private static final Comparator<WorkingOrder> BUY_PRIORITY =
            Comparator.comparingLong((WorkingOrder o) -> -o.limitPrice).thenComparingLong(o -> o.sequence);
    private static final Comparator<WorkingOrder> SELL_PRIORITY =
            Comparator.comparingLong((WorkingOrder o) -> o.limitPrice).thenComparingLong(o -> o.sequence);

    private final Map<String, WorkingOrder> byClientId = new LinkedHashMap<>();

    /** Rests an order behind everything the book shows at its price now. */
    void add(WorkingOrder order, OrderBook book) {
        order.queue = new QueuePosition(book.sizeAt(order.isBuy(), order.limitPrice));
        byClientId.put(order.clientOrderId(), order);
    }

    WorkingOrder get(String clientOrderId) {
        return byClientId.get(clientOrderId);
    }

    void remove(WorkingOrder order) {
        byClientId.remove(order.clientOrderId());
    }

    Collection<WorkingOrder> all() {
        return List.copyOf(byClientId.values());
    }

    void fillOnTrade(TradePrint trade, Settlement settlement, long timeMs, List<AccountEvent> out) {
        if (byClientId.isEmpty()) {
            return;
        }
        fillOnTrade(trade, Side.BUY, settlement, timeMs, out);
        fillOnTrade(trade, Side.SELL, settlement, timeMs, out);
    }

    /**
     * A trade below a resting buy (above a sell) went through its price: the whole queue there was taken. A trade at
     * its price by a seller hitting the bids (a buyer lifting the offers, for a sell) works through the queue first.
     */
    private void fillOnTrade(TradePrint trade, Side side, Settlement settlement, long timeMs,
                             List<AccountEvent> out) {
        boolean buy = side == Side.BUY;
        boolean hitsOurSide = trade.buyerIsMaker() == buy;
        long taken = 0;
        for (WorkingOrder o : queue(trade.symbol(), side)) {
            long through = buy ? o.limitPrice - trade.price() : trade.price() - o.limitPrice;
            if (through < 0) {
                break;
            }
            long reach;
            if (through > 0) {
                o.queue.clear();
                reach = trade.qty() - taken;
            } else if (hitsOurSide) {
                reach = o.queue.onTradeAtPrice(trade.qty()) - taken;
            } else {
                continue;
            }
            long qty = Math.min(o.remaining, reach);
            if (qty > 0) {
                taken += fill(o, qty, settlement, timeMs, out);
            }
        }
    }

    /** After a book update: cancels ahead move our orders up their queues, and a book that crossed them fills. */
    void onBook(OrderBook book, Settlement settlement, long timeMs, List<AccountEvent> out) {
        if (byClientId.isEmpty()) {
            return;
        }
        for (WorkingOrder o : byClientId.values()) {
            if (o.symbol().equals(book.symbol())) {
                o.queue.onLevelSize(book.sizeAt(o.isBuy(), o.limitPrice));
            }
        }
        fillOnCross(book, settlement, timeMs, out);
    }

    /** Fills orders the book has moved onto (best ask at or below a resting buy), taking the crossing size. */
    private void fillOnCross(OrderBook book, Settlement settlement, long timeMs, List<AccountEvent> out) {
        for (Side side : Side.values()) {
            for (WorkingOrder o : queue(book.symbol(), side)) {
                List<Level> takes = BookSweep.plan(book, side, o.remaining, o.limitPrice);
                if (takes.isEmpty()) {
                    break;
                }
                // An offer at or below our bid means every bid at our price is gone: nobody is ahead of us.
                o.queue.clear();
                BookSweep.consume(book, side, takes);
                fill(o, BookSweep.totalQty(takes), settlement, timeMs, out);
            }
        }
    }

    private long fill(WorkingOrder o, long qty, Settlement settlement, long timeMs, List<AccountEvent> out) {
        out.add(settlement.fill(o, o.limitPrice, qty, Liquidity.MAKER, timeMs));
        if (o.isDone()) {
            remove(o);
        }
        return qty;
    }

    private List<WorkingOrder> queue(String symbol, Side side) {
        List<WorkingOrder> queue = new ArrayList<>();
        for (WorkingOrder o : byClientId.values()) {
            if (o.side() == side && o.symbol().equals(symbol)) {
                queue.add(o);
            }
        }
        queue.sort(side == Side.BUY ? BUY_PRIORITY : SELL_PRIORITY);
        return queue;
    }
}
