package dev.osprey.app.ui.ladder;

import dev.osprey.core.engine.BookView;
import dev.osprey.core.market.Level;
import dev.osprey.core.market.OrderBook;
import dev.osprey.core.market.Scaled;
import dev.osprey.core.order.Order;
import dev.osprey.core.order.Side;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The ladder's state: a fixed number of rows one tick apart around a centre price, highest at the top. It keeps
 * centred (recentring only when the mid has moved a quarter of the rows away, so rows do not jump under the mouse)
 * until the trader scrolls; then it stays where it was put until recentred. Pure: no JavaFX.
 */
final class LadderModel {
    private final String symbol;
    private final long tick;
    private int rows = 1;
    private long centre = OrderBook.NO_PRICE;
    private boolean autoCentre = true;

    LadderModel(String symbol, BigDecimal tickSize) {
        this.symbol = symbol;
        this.tick = Scaled.of(tickSize);
    }

    /** An odd number of rows, so the centre price has its own row in the middle. */
    void rows(int n) {
        this.rows = Math.max(1, n % 2 == 0 ? n - 1 : n);
    }

    int rows() {
        return rows;
    }

    boolean autoCentre() {
        return autoCentre;
    }

    void autoCentre(boolean on) {
        this.autoCentre = on;
    }

    /** Moves the rows by {@code ticks} (positive: towards higher prices) and stops following the market. */
    void scroll(int ticks) {
        if (centre != OrderBook.NO_PRICE) {
            centre += ticks * tick;
            autoCentre = false;
        }
    }

    /** Puts the mid in the middle row now. */
    void recentre(BookView book) {
        long mid = mid(book);
        if (mid != OrderBook.NO_PRICE) {
            centre = mid;
        }
    }

    /** Follows the market when auto-centring (or before any price): called once per rendered book. */
    void follow(BookView book) {
        long mid = mid(book);
        if (mid == OrderBook.NO_PRICE) {
            return;
        }
        long band = Math.max(1, rows / 4) * tick;
        if (centre == OrderBook.NO_PRICE || autoCentre && Math.abs(mid - centre) > band) {
            centre = mid;
        }
    }

    /** The mid rounded down to a tick; the last trade when a side is empty; NO_PRICE without either. */
    private long mid(BookView book) {
        if (book == null) {
            return OrderBook.NO_PRICE;
        }
        if (!book.bids().isEmpty() && !book.asks().isEmpty()) {
            long mid = (book.bids().get(0).price() + book.asks().get(0).price()) / 2;
            return Math.floorDiv(mid, tick) * tick;
        }
        return book.lastTradePrice();
    }

    boolean hasPrices() {
        return centre != OrderBook.NO_PRICE;
    }

    /** Price of row {@code row} (0 at the top). */
    long priceAt(int row) {
        return centre + (long) (rows / 2 - row) * tick;
    }

    /** Row showing {@code price}, or -1 when it is off the ladder or between ticks. */
    int rowOf(long price) {
        long top = priceAt(0);
        if (!hasPrices() || price > top || (top - price) % tick != 0) {
            return -1;
        }
        long row = (top - price) / tick;
        return row < rows ? (int) row : -1;
    }

    /** Rows top to bottom: book sizes, own working orders of this symbol, last trade. */
    List<LadderRow> build(BookView book, List<Order> orders) {
        if (!hasPrices()) {
            return List.of();
        }
        long[] bid = new long[rows];
        long[] ask = new long[rows];
        BigDecimal[] ownBuy = zeros();
        BigDecimal[] ownSell = zeros();
        if (book != null) {
            place(book.bids(), bid);
            place(book.asks(), ask);
        }
        for (Order o : orders) {
            int row = o.isWorking() && o.price() != null && o.symbol().equals(symbol) ? rowOf(Scaled.of(o.price())) : -1;
            if (row >= 0) {
                BigDecimal[] own = o.side() == Side.BUY ? ownBuy : ownSell;
                own[row] = own[row].add(o.remainingQty());
            }
        }
        long last = book == null ? OrderBook.NO_PRICE : book.lastTradePrice();
        List<LadderRow> out = new ArrayList<>(rows);
        for (int r = 0; r < rows; r++) {
            long p = priceAt(r);
            out.add(new LadderRow(p, bid[r], ask[r], ownBuy[r], ownSell[r], p == last));
        }
        return out;
    }

    private BigDecimal[] zeros() {
        BigDecimal[] a = new BigDecimal[rows];
        Arrays.fill(a, BigDecimal.ZERO);
        return a;
    }

    private void place(List<Level> levels, long[] sizes) {
        for (Level l : levels) {
            int row = rowOf(l.price());
            if (row >= 0) {
                sizes[row] = l.qty();
            }
        }
    }
}
