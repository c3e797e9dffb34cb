package dev.osprey.app.ui.ladder;

import dev.osprey.core.engine.BookView;
import dev.osprey.core.market.FeedState;
import dev.osprey.core.market.Level;
import dev.osprey.core.market.Scaled;
import dev.osprey.core.order.Order;
import dev.osprey.core.order.OrderRequest;
import dev.osprey.core.order.OrderStatus;
import dev.osprey.core.order.OrderType;
import dev.osprey.core.order.Side;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LadderModelTest {

    private static long px(String p) {
        return Scaled.parse(p);
    }

    private static BookView book(String bid, String ask, String last) {
        return new BookView("BTCUSDT", List.of(new Level(px(bid), px("1.5"))), List.of(new Level(px(ask), px("2"))),
                FeedState.LIVE, "", px(last), 0);
    }

    private static Order working(Side side, String price, String qty) {
        OrderRequest r = new OrderRequest("o-" + side + price, "BTCUSDT", side, OrderType.LIMIT, new BigDecimal(qty),
                new BigDecimal(price));
        return Order.submitted(r, 0).withStatus(OrderStatus.ACCEPTED, "", 0);
    }

    private static LadderModel ladder(int rows, BookView book) {
        LadderModel m = new LadderModel("BTCUSDT", new BigDecimal("0.01"));
        m.rows(rows);
        m.follow(book);
        return m;
    }

    @Test
    void whenBuilt_thenRowsAreOneTickApartAroundTheMid_withSizesOwnOrdersAndLastTrade() {
        BookView b = book("100.00", "100.03", "100.03");
        LadderModel m = ladder(9, b);

        List<LadderRow> rows = m.build(b, List.of(working(Side.BUY, "99.99", "0.5"),
                working(Side.BUY, "99.99", "0.25"), working(Side.SELL, "100.03", "1")));

        assertEquals(9, rows.size());
        assertEquals(px("100.05"), rows.get(0).price(), "mid 100.015 floors to 100.01, four rows above it");
        assertEquals(px("100.01"), rows.get(4).price());
        assertEquals(px("99.97"), rows.get(8).price());
        LadderRow bid = rows.get(m.rowOf(px("100.00")));
        assertEquals(px("1.5"), bid.bidQty());
        LadderRow ask = rows.get(m.rowOf(px("100.03")));
        assertEquals(px("2"), ask.askQty());
        assertTrue(ask.lastTrade());
        assertEquals(0, BigDecimal.ONE.compareTo(ask.ownSell()));
        assertEquals(0, new BigDecimal("0.75").compareTo(rows.get(m.rowOf(px("99.99"))).ownBuy()));
    }

    @Test
    void whenTheMidMovesLessThanAQuarterOfTheRows_thenTheLadderStays_andBeyondItRecentres() {
        LadderModel m = ladder(21, book("100.00", "100.02", "100.00"));
        long centre = m.priceAt(10);

        m.follow(book("100.04", "100.06", "100.04"));
        assertEquals(centre, m.priceAt(10));

        m.follow(book("100.20", "100.22", "100.20"));
        assertEquals(px("100.21"), m.priceAt(10));
    }

    @Test
    void whenScrolled_thenItStopsFollowing_untilRecentred() {
        LadderModel m = ladder(21, book("100.00", "100.02", "100.00"));

        m.scroll(3);
        m.follow(book("101.00", "101.02", "101.00"));

        assertFalse(m.autoCentre());
        assertEquals(px("100.04"), m.priceAt(10));
        m.recentre(book("101.00", "101.02", "101.00"));
        assertEquals(px("101.01"), m.priceAt(10));
    }

    @Test
    void whenAPriceIsOffTheLadderOrBetweenTicks_thenItHasNoRow() {
        LadderModel m = ladder(5, book("100.00", "100.02", "100.00"));

        assertEquals(-1, m.rowOf(px("100.04")));
        assertEquals(-1, m.rowOf(px("99.98")));
        assertEquals(-1, m.rowOf(px("100.005")));
        assertEquals(0, m.rowOf(px("100.03")));
    }
}
