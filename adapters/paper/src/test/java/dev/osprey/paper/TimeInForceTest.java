package dev.osprey.paper;

import dev.osprey.core.order.Fill;
import dev.osprey.core.order.Liquidity;
import dev.osprey.core.order.OrderRequest;
import dev.osprey.core.order.OrderType;
import dev.osprey.core.order.RejectReason;
import dev.osprey.core.order.Side;
import dev.osprey.core.order.TimeInForce;
import dev.osprey.core.venue.AccountEvent;
import dev.osprey.core.venue.OrderAccepted;
import dev.osprey.core.venue.OrderExpired;
import dev.osprey.core.venue.OrderRejected;
import dev.osprey.core.venue.VenueState;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static dev.osprey.paper.PaperFixtures.BTC;
import static dev.osprey.paper.PaperFixtures.assertAmount;
import static dev.osprey.paper.PaperFixtures.balance;
import static dev.osprey.paper.PaperFixtures.book;
import static dev.osprey.paper.PaperFixtures.fills;
import static dev.osprey.paper.PaperFixtures.level;
import static dev.osprey.paper.PaperFixtures.market;
import static dev.osprey.paper.PaperFixtures.only;
import static dev.osprey.paper.PaperFixtures.order;
import static dev.osprey.paper.PaperFixtures.sellerHits;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimeInForceTest {
    private final PaperMatcher matcher = PaperFixtures.matcher();

    /** Bids 99 x1; asks 100 x1, 101 x2, 102 x1: 3 on offer up to 101. */
    private void givenBook() {
        matcher.apply(book(BTC, List.of(level("99.00", "1")),
                List.of(level("100.00", "1"), level("101.00", "2"), level("102.00", "1")), 1_000));
    }

    private static OrderRequest limitBuy(String id, TimeInForce tif, String qty, String price, boolean postOnly) {
        return order(id, Side.BUY, OrderType.LIMIT, tif, qty, price, postOnly);
    }

    @Test
    void whenFokCannotFillCompletelyWithinItsLimit_thenExpiresWithNoFillAndTakesNothingFromTheBook() {
        // Arrange
        givenBook();
        VenueState before = matcher.state();

        // Act
        List<AccountEvent> events = matcher.place(limitBuy("f1", TimeInForce.FOK, "4", "101.00", false));

        // Assert
        assertEquals(2, events.size(), "accepted, then expired, as Binance reports NEW then EXPIRED: " + events);
        assertInstanceOf(OrderAccepted.class, events.get(0));
        OrderExpired expired = assertInstanceOf(OrderExpired.class, events.get(1));
        assertTrue(expired.reason().startsWith(RejectReason.FOK_NOT_FILLABLE.message()), expired.reason());
        assertTrue(expired.reason().contains("3.00000000 of 4.00000000"), expired.reason());
        assertEquals(before, matcher.state(), "no fill, no funds moved, nothing resting");
        assertAmount("100", fills(matcher.place(market("m1", Side.BUY, "1"))).get(0).price(), "book untouched");
    }

    @Test
    void whenFokCanFillCompletely_thenFillsAllOfItAtOnce() {
        // Arrange
        givenBook();

        // Act
        List<AccountEvent> events = matcher.place(limitBuy("f1", TimeInForce.FOK, "3", "101.00", false));

        // Assert
        List<Fill> fills = fills(events);
        assertAmount("3", fills.stream().map(Fill::qty).reduce(BigDecimal.ZERO, BigDecimal::add), "all of it");
        assertTrue(only(events, OrderExpired.class).isEmpty());
        assertTrue(matcher.state().openOrders().isEmpty());
    }

    @Test
    void whenIocCrossesOnlyPartly_thenFillsWhatCrossesAndTheRemainderExpires() {
        // Arrange
        givenBook();

        // Act
        List<AccountEvent> events = matcher.place(limitBuy("i1", TimeInForce.IOC, "4", "101.00", false));

        // Assert
        List<Fill> fills = fills(events);
        assertEquals(2, fills.size());
        fills.forEach(f -> assertEquals(Liquidity.TAKER, f.liquidity()));
        OrderExpired expired = only(events, OrderExpired.class).get(0);
        assertEquals("immediate or cancel: 1.00000000 of 4.00000000 unfilled", expired.reason());
        assertTrue(matcher.state().openOrders().isEmpty(), "an IOC never rests");
        assertAmount("0", balance(matcher.state(), "USDT").locked(), "the remainder's funds are released");
    }

    @Test
    void whenIocDoesNotCross_thenExpiresUnfilled() {
        // Arrange
        givenBook();

        // Act
        List<AccountEvent> events = matcher.place(limitBuy("i1", TimeInForce.IOC, "1", "99.50", false));

        // Assert
        assertTrue(fills(events).isEmpty());
        assertEquals("immediate or cancel: 1.00000000 of 1.00000000 unfilled",
                only(events, OrderExpired.class).get(0).reason());
        assertAmount("10000", balance(matcher.state(), "USDT").free(), "all funds free again");
    }

    @Test
    void whenPostOnlyWouldTake_thenRejectedWithoutBeingAccepted() {
        // Arrange
        givenBook();

        // Act
        List<AccountEvent> events = matcher.place(limitBuy("p1", TimeInForce.GTC, "1", "100.00", true));

        // Assert
        assertEquals(1, events.size(), "refused outright, like Binance's LIMIT_MAKER: " + events);
        OrderRejected rejected = assertInstanceOf(OrderRejected.class, events.get(0));
        assertEquals(RejectReason.POST_ONLY_WOULD_TAKE, rejected.rejection().reason());
        assertEquals("best ask 100, limit 100", rejected.rejection().detail());
        assertTrue(matcher.state().openOrders().isEmpty());
    }

    @Test
    void whenPostOnlyWouldRest_thenRestsAndLaterFillsAsMaker() {
        // Arrange
        givenBook();
        matcher.place(limitBuy("p1", TimeInForce.GTC, "1", "99.50", true));

        // Act
        List<Fill> fills = fills(matcher.apply(sellerHits("99.40", "2", 2_000)));

        // Assert
        assertEquals(1, fills.size());
        assertEquals(Liquidity.MAKER, fills.get(0).liquidity());
        assertAmount("99.5", fills.get(0).price(), "its own limit");
    }

    @Test
    void whenOrderIsNotOneTheVenueTakes_thenRefusedWithItsOwnReason() {
        // Arrange
        givenBook();
        OrderRequest stop = new OrderRequest("s1", BTC, Side.SELL, OrderType.STOP_MARKET, BigDecimal.ONE, null,
                new BigDecimal("98.00"), TimeInForce.GTC, 0L, false, false, null);
        OrderRequest gtd = new OrderRequest("g1", BTC, Side.BUY, OrderType.LIMIT, BigDecimal.ONE,
                new BigDecimal("98.00"), null, TimeInForce.GTD, 5_000L, false, false, null);
        OrderRequest postOnlyIoc = limitBuy("p1", TimeInForce.IOC, "1", "98.00", true);

        // Act
        RejectReason stopReason = rejection(matcher.place(stop));
        RejectReason gtdReason = rejection(matcher.place(gtd));
        RejectReason postOnlyReason = rejection(matcher.place(postOnlyIoc));

        // Assert
        assertEquals(RejectReason.VENUE_REJECTED, stopReason, "stops are the engine's to hold");
        assertEquals(RejectReason.TIF_NOT_ALLOWED, gtdReason, "GTD is the engine's to keep");
        assertEquals(RejectReason.POST_ONLY_NOT_LIMIT, postOnlyReason);
    }

    private static RejectReason rejection(List<AccountEvent> events) {
        return assertInstanceOf(OrderRejected.class, events.get(0)).rejection().reason();
    }
}
