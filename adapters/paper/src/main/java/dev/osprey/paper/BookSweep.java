package dev.osprey.paper;

import dev.osprey.core.market.Level;
import dev.osprey.core.market.OrderBook;
import dev.osprey.core.order.Side;

import java.util.ArrayList;
import java.util.List;

/** Walking the opposite side of a book for an order that takes liquidity, best price first. */
final class BookSweep {

    private BookSweep() {
    }

    /**
     * The size an order could take at each level, without touching the book.
     *
     * @param side  the side of the order taking liquidity: a buy walks the asks, a sell the bids
     * @param limit the worst price the order accepts, or {@link OrderBook#NO_PRICE} to walk the whole side
     */
    static List<Level> plan(OrderBook book, Side side, long qty, long limit) {
        boolean buy = side == Side.BUY;
        int levels = buy ? book.askLevels() : book.bidLevels();
        List<Level> takes = new ArrayList<>();
        long left = qty;
        for (int i = 0; i < levels && left > 0; i++) {
            long price = buy ? book.askPrice(i) : book.bidPrice(i);
            if (limit != OrderBook.NO_PRICE && (buy ? price > limit : price < limit)) {
                break;
            }
            long take = Math.min(left, buy ? book.askSize(i) : book.bidSize(i));
            takes.add(new Level(price, take));
            left -= take;
        }
        return takes;
    }

    /**
     * Removes taken size from our copy of the book, so a second order on the same book state cannot take it again.
     * The feed's next update for a level sets its absolute size and so overrides this.
     */
    static void consume(OrderBook book, Side side, List<Level> takes) {
        boolean restingBid = side == Side.SELL;
        for (Level take : takes) {
            long left = book.sizeAt(restingBid, take.price()) - take.qty();
            book.setLevel(restingBid, take.price(), Math.max(left, 0));
        }
    }

    static long totalQty(List<Level> takes) {
        long total = 0;
        for (Level take : takes) {
            total += take.qty();
        }
        return total;
    }
}
