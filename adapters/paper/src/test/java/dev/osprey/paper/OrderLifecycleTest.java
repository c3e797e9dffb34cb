package dev.osprey.paper;

import dev.osprey.core.order.RejectReason;
import dev.osprey.core.order.Side;
import dev.osprey.core.venue.AccountEvent;
import dev.osprey.core.venue.BalancesChanged;
import dev.osprey.core.venue.CancelRejected;
import dev.osprey.core.venue.OrderAccepted;
import dev.osprey.core.venue.OrderCanceled;
import dev.osprey.core.venue.OrderRejected;
import dev.osprey.core.venue.VenueState;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.osprey.paper.PaperFixtures.BTC;
import static dev.osprey.paper.PaperFixtures.ETH;
import static dev.osprey.paper.PaperFixtures.assertAmount;
import static dev.osprey.paper.PaperFixtures.balance;
import static dev.osprey.paper.PaperFixtures.book;
import static dev.osprey.paper.PaperFixtures.fills;
import static dev.osprey.paper.PaperFixtures.level;
import static dev.osprey.paper.PaperFixtures.limit;
import static dev.osprey.paper.PaperFixtures.market;
import static dev.osprey.paper.PaperFixtures.only;
import static dev.osprey.paper.PaperFixtures.reported;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OrderLifecycleTest {
    private final PaperMatcher matcher = PaperFixtures.matcher();

    private void givenBook() {
        matcher.apply(book(BTC, List.of(level("99.00", "5")), List.of(level("100.00", "200")), 1_000));
    }

    @Test
    void whenBuyNeedsMoreQuoteThanIsFree_thenRejectedInsufficientBalanceAndNothingChanges() {
        // Arrange
        givenBook();
        VenueState before = matcher.state();

        // Act
        List<AccountEvent> events = matcher.place(limit("b1", Side.BUY, "100", "100.00"));

        // Assert
        OrderRejected rejected = assertInstanceOf(OrderRejected.class, events.get(0));
        assertEquals(1, events.size(), "no acceptance, no fills, no balance change: " + events);
        assertEquals(RejectReason.INSUFFICIENT_BALANCE, rejected.rejection().reason());
        assertEquals("needs 10010 USDT, free 10000 USDT", rejected.rejection().detail());
        assertEquals(before, matcher.state());
        assertAmount("100", fills(matcher.place(market("m1", Side.BUY, "1"))).get(0).price(),
                "the refused order took no liquidity");
    }

    @Test
    void whenSellingMoreBaseThanIsFree_thenRejectedInsufficientBalance() {
        // Arrange
        givenBook();

        // Act
        List<AccountEvent> events = matcher.place(market("s1", Side.SELL, "1.5"));

        // Assert
        OrderRejected rejected = assertInstanceOf(OrderRejected.class, events.get(0));
        assertEquals(RejectReason.INSUFFICIENT_BALANCE, rejected.rejection().reason());
        assertEquals("needs 1.5 BTC, free 1 BTC", rejected.rejection().detail());
    }

    @Test
    void whenRestingBuyIsCanceled_thenItsFundsAreUnlocked() {
        // Arrange
        givenBook();
        List<AccountEvent> placed = matcher.place(limit("b1", Side.BUY, "1", "90.00"));
        assertAmount("90.09", reported(placed, "USDT").locked(), "90 plus the 10 bps fee reserve");

        // Act
        List<AccountEvent> events = matcher.cancel(BTC, "b1");

        // Assert
        assertEquals("b1", assertInstanceOf(OrderCanceled.class, events.get(0)).clientOrderId());
        assertInstanceOf(BalancesChanged.class, events.get(1));
        assertAmount("10000", reported(events, "USDT").free(), "all back");
        assertAmount("0", reported(events, "USDT").locked(), "nothing locked");
        assertTrue(matcher.state().openOrders().isEmpty());
    }

    @Test
    void whenCancelAllForOneSymbol_thenOnlyThatSymbolsOrdersAreCanceled() {
        // Arrange
        givenBook();
        matcher.place(limit("b1", Side.BUY, "1", "90.00"));
        matcher.place(limit("s1", Side.SELL, "0.5", "120.00"));
        matcher.place(limit("e1", ETH, Side.BUY, "1", "50.00"));

        // Act
        List<AccountEvent> btc = matcher.cancelAll(BTC);
        List<AccountEvent> rest = matcher.cancelAll(null);

        // Assert
        assertEquals(List.of("b1", "s1"),
                only(btc, OrderCanceled.class).stream().map(OrderCanceled::clientOrderId).toList());
        assertEquals(List.of("e1"),
                only(rest, OrderCanceled.class).stream().map(OrderCanceled::clientOrderId).toList());
        assertTrue(matcher.state().openOrders().isEmpty());
        assertAmount("0", balance(matcher.state(), "BTC").locked(), "sell's BTC unlocked");
        assertAmount("10000", balance(matcher.state(), "USDT").free(), "buys' USDT unlocked");
    }

    @Test
    void whenClientIdIsStillWorking_thenDuplicateIsRejectedAndTheFirstOrderKeepsWorking() {
        // Arrange
        givenBook();
        matcher.place(limit("b1", Side.BUY, "1", "90.00"));

        // Act
        List<AccountEvent> duplicate = matcher.place(limit("b1", Side.BUY, "2", "91.00"));

        // Assert
        OrderRejected rejected = assertInstanceOf(OrderRejected.class, duplicate.get(0));
        assertEquals(RejectReason.DUPLICATE_CLIENT_ID, rejected.rejection().reason());
        assertEquals(1, matcher.state().openOrders().size());
        assertAmount("1", matcher.state().openOrders().get(0).qty(), "the first order, untouched");
    }

    @Test
    void whenClientIdBelongsToAFinishedOrder_thenItCanBeUsedAgain() {
        // Arrange
        givenBook();
        matcher.place(limit("b1", Side.BUY, "1", "90.00"));
        matcher.cancel(BTC, "b1");

        // Act
        List<AccountEvent> events = matcher.place(limit("b1", Side.BUY, "1", "90.00"));

        // Assert
        assertInstanceOf(OrderAccepted.class, events.get(0));
    }

    @Test
    void whenCancelingAnUnknownOrFinishedOrder_thenCancelRejectedUnknownOrder() {
        // Arrange
        givenBook();
        matcher.place(market("m1", Side.BUY, "1"));

        // Act
        List<AccountEvent> unknown = matcher.cancel(BTC, "nope");
        List<AccountEvent> finished = matcher.cancel(BTC, "m1");

        // Assert
        for (List<AccountEvent> events : List.of(unknown, finished)) {
            assertEquals(1, events.size());
            CancelRejected rejected = assertInstanceOf(CancelRejected.class, events.get(0));
            assertEquals(RejectReason.UNKNOWN_ORDER, rejected.rejection().reason());
        }
    }

    @Test
    void whenSymbolIsUnknown_thenRejectedUnknownSymbol() {
        // Act
        List<AccountEvent> events = matcher.place(
                limit("x1", "DOGEUSDT", Side.BUY, "1", "0.10"));

        // Assert
        assertEquals(RejectReason.UNKNOWN_SYMBOL,
                assertInstanceOf(OrderRejected.class, events.get(0)).rejection().reason());
    }
}
