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
 * Our limit orders resting at the paper venue, and how the public market fills them. We cannot see our place in
 * the venue's queue, so an order only fills when the market proves it would have: a trade prints through its
 * price, or the opposite side of the book moves onto it. Either way it fills at its own limit price, as maker.
 */
final class RestingOrders {
    private static final Comparator<WorkingOrder> BUY_PRIORITY =
            Comparator.comparingLong((WorkingOrder o) -> -o.limitPrice).thenComparingLong(o -> o.sequence);
    private static final Comparator<WorkingOrder> SELL_PRIORITY =
            Comparator.comparingLong((WorkingOrder o) -> o.limitPrice).thenComparingLong(o -> o.sequence);

    private final Map<String, WorkingOrder> byClientId = new LinkedHashMap<>();

    void add(WorkingOrder order) {
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

    /**
     * A buy resting at P fills when a trade prints below P, a sell when one prints above; a print exactly at P
     * proves nothing, since orders queued ahead of ours may have taken it. Each side shares the trade's size in
     * price-time priority.
     */
    void fillOnTrade(TradePrint trade, Settlement settlement, List<AccountEvent> out) {
        long buySize = trade.qty();
        for (WorkingOrder o : queue(trade.symbol(), Side.BUY)) {
            if (buySize == 0 || o.limitPrice <= trade.price()) {
                break;
            }
            buySize -= fill(o, Math.min(o.remaining, buySize), settlement, trade.eventTimeMs(), out);
        }
        long sellSize = trade.qty();
        for (WorkingOrder o : queue(trade.symbol(), Side.SELL)) {
            if (sellSize == 0 || o.limitPrice >= trade.price()) {
                break;
            }
            sellSize -= fill(o, Math.min(o.remaining, sellSize), settlement, trade.eventTimeMs(), out);
        }
    }

    /** Fills orders the book has moved onto (best ask at or below a resting buy), taking the crossing size. */
    void fillOnCross(OrderBook book, Settlement settlement, long timeMs, List<AccountEvent> out) {
        for (Side side : Side.values()) {
            for (WorkingOrder o : queue(book.symbol(), side)) {
                List<Level> takes = BookSweep.plan(book, side, o.remaining, o.limitPrice);
                if (takes.isEmpty()) {
                    break;
                }
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
