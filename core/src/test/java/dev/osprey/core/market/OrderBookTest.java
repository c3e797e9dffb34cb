package dev.osprey.core.market;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OrderBookTest {

    private static Level lvl(String price, String qty) {
        return new Level(Scaled.parse(price), Scaled.parse(qty));
    }

    @Test
    void whenSnapshotApplied_thenBestPricesAndDepthAreRight() {
        OrderBook book = new OrderBook("BTCUSDT");
        book.reset(new BookSnapshot("BTCUSDT", 10, List.of(lvl("99", "1"), lvl("100", "2"), lvl("98", "3")),
                List.of(lvl("102", "1"), lvl("101", "4")), 0));
        assertEquals(Scaled.parse("100"), book.bestBid());
        assertEquals(Scaled.parse("101"), book.bestAsk());
        assertEquals(List.of(lvl("100", "2"), lvl("99", "1"), lvl("98", "3")), book.topBids(5));
        assertEquals(List.of(lvl("101", "4")), book.topAsks(1));
        assertEquals(10, book.lastUpdateId());
    }

    @Test
    void whenDeltaSetsZero_thenLevelRemoved_andNewLevelInsertedInOrder() {
        OrderBook book = new OrderBook("BTCUSDT");
        book.reset(new BookSnapshot("BTCUSDT", 10, List.of(lvl("100", "2"), lvl("99", "1")),
                List.of(lvl("101", "4")), 0));
        book.apply(new BookDelta("BTCUSDT", 11, 12, List.of(lvl("100", "0"), lvl("99.5", "7"), lvl("50", "0")),
                List.of(lvl("100.5", "1")), 0));
        assertEquals(List.of(lvl("99.5", "7"), lvl("99", "1")), book.topBids(10));
        assertEquals(List.of(lvl("100.5", "1"), lvl("101", "4")), book.topAsks(10));
        assertEquals(12, book.lastUpdateId());
    }

    @Test
    void whenManyLevelsInserted_thenBookGrowsAndStaysSorted() {
        OrderBook book = new OrderBook("X");
        for (int i = 1; i <= 2000; i++) {
            book.setLevel(true, i * 100L, 1);
        }
        assertEquals(2000, book.bidLevels());
        assertEquals(200_000L, book.bestBid());
        book.clear();
        assertTrue(book.isEmpty());
        assertEquals(OrderBook.NO_PRICE, book.bestBid());
    }

    @Test
    void whenTickHasMoreThanEightDecimalsOrOverflows_thenItCountsAsUnknown() {
        assertEquals(1_000_000, OrderBook.tickOf(new BigDecimal("0.0100")));
        assertEquals(1, OrderBook.tickOf(new BigDecimal("0.00000001")));
        assertEquals(0, OrderBook.tickOf(new BigDecimal("0.000000001")));
        assertEquals(0, OrderBook.tickOf(new BigDecimal("1E+12")));
        assertEquals(0, OrderBook.tickOf(BigDecimal.ZERO));
    }

    @Test
    void whenBookHasATick_thenOffGridAndOnGridLevelsReadTheSame() {
        OrderBook book = new OrderBook("BTCUSDT", OrderBook.tickOf(new BigDecimal("0.01")));
        book.reset(new BookSnapshot("BTCUSDT", 10, List.of(lvl("99.99", "1"), lvl("100", "2"), lvl("99.995", "3")),
                List.of(lvl("100.01", "1"), lvl("250000", "4")), 0));
        assertEquals(List.of(lvl("100", "2"), lvl("99.995", "3"), lvl("99.99", "1")), book.topBids(5));
        assertEquals(List.of(lvl("100.01", "1"), lvl("250000", "4")), book.topAsks(5));
        assertEquals(Scaled.parse("3"), book.sizeAt(true, Scaled.parse("99.995")));
    }
}
