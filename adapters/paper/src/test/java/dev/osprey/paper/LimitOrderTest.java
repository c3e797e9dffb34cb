package dev.osprey.paper;

import dev.osprey.core.order.Fill;
import dev.osprey.core.order.Liquidity;
import dev.osprey.core.order.Order;
import dev.osprey.core.order.OrderStatus;
import dev.osprey.core.order.Side;
import dev.osprey.core.venue.AccountEvent;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.osprey.paper.PaperFixtures.BTC;
import static dev.osprey.paper.PaperFixtures.askDelta;
import static dev.osprey.paper.PaperFixtures.assertAmount;
import static dev.osprey.paper.PaperFixtures.balance;
import static dev.osprey.paper.PaperFixtures.bidDelta;
import static dev.osprey.paper.PaperFixtures.book;
import static dev.osprey.paper.PaperFixtures.fills;
import static dev.osprey.paper.PaperFixtures.level;
import static dev.osprey.paper.PaperFixtures.limit;
import static dev.osprey.paper.PaperFixtures.reported;
import static dev.osprey.paper.PaperFixtures.trade;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LimitOrderTest {
    private final PaperMatcher matcher = PaperFixtures.matcher();

    /** Asks 100 x1, 101 x2, 102 x1; then a buy of 4 at 101 takes 3 and rests 1 at 101. */
    private List<AccountEvent> givenBuyRestingOneAt101() {
        matcher.apply(book(BTC, List.of(level("98.00", "1")),
                List.of(level("100.00", "1"), level("101.00", "2"), level("102.00", "1")), 1_000));
        return matcher.place(limit("b1", Side.BUY, "4", "101.00"));
    }

    @Test
    void whenLimitBuyIsMarketable_thenTakesOnlyLevelsWithinItsPriceAndRestsTheRest() {
        // Act
        List<AccountEvent> events = givenBuyRestingOneAt101();

        // Assert
        List<Fill> fills = fills(events);
        assertEquals(2, fills.size(), "102 is above the limit and is not touched");
        assertAmount("100", fills.get(0).price(), "better level fills at its own price");
        assertAmount("101", fills.get(1).price(), "limit level");
        assertAmount("2", fills.get(1).qty(), "limit level size");
        fills.forEach(f -> assertEquals(Liquidity.TAKER, f.liquidity()));
        Order resting = matcher.state().openOrders().get(0);
        assertEquals(OrderStatus.PARTIALLY_FILLED, resting.status());
        assertAmount("1", resting.remainingQty(), "rests 1 at 101");
        // Locked: 404 + 0.404 max fee, less what the taker fills paid (100.1 + 202.202).
        assertAmount("102.102", reported(events, "USDT").locked(), "the resting 1 at 101 plus its fee");
        assertAmount("9595.596", reported(events, "USDT").free(), "10000 - 404.404 locked at placement");
    }

    @Test
    void whenTradePrintsAtOrAboveRestingBuy_thenNothingFills() {
        // Arrange
        givenBuyRestingOneAt101();

        // Act
        List<AccountEvent> atPrice = matcher.apply(trade(BTC, "101.00", "5", 2_000));
        List<AccountEvent> worse = matcher.apply(trade(BTC, "101.50", "5", 2_001));

        // Assert
        assertTrue(atPrice.isEmpty(), "a buyer lifting offers at 101 trades against the asks, not our bid: "
                + atPrice);
        assertTrue(worse.isEmpty(), "a print above a buy never reaches it: " + worse);
        assertAmount("1", matcher.state().openOrders().get(0).remainingQty(), "still resting");
    }

    @Test
    void whenTradePrintsBelowRestingBuy_thenFillsTheTradeSizeAtTheLimitAsMaker() {
        // Arrange
        givenBuyRestingOneAt101();

        // Act
        List<AccountEvent> events = matcher.apply(trade(BTC, "100.50", "0.4", 2_000));

        // Assert
        Fill fill = fills(events).get(0);
        assertAmount("101", fill.price(), "our limit, not the print");
        assertAmount("0.4", fill.qty(), "no more than the print's size");
        assertAmount("0.00808", fill.fee(), "2 bps maker of 40.4");
        assertEquals(Liquidity.MAKER, fill.liquidity());
        assertEquals(2_000, fill.timeMs());
        assertAmount("0.6", matcher.state().openOrders().get(0).remainingQty(), "the rest keeps resting");
        assertAmount("4.4", reported(events, "BTC").free(), "1 held + 3 taken + 0.4 now");
    }

    @Test
    void whenBookCrossesRestingBuy_thenFillsAgainstTheCrossingSizeAtTheLimitAsMaker() {
        // Arrange
        givenBuyRestingOneAt101();

        // Act
        List<AccountEvent> events = matcher.apply(askDelta(BTC, level("100.90", "5"), 2_000));

        // Assert
        Fill fill = fills(events).get(0);
        assertAmount("101", fill.price(), "our limit");
        assertAmount("1", fill.qty(), "only what was left");
        assertEquals(Liquidity.MAKER, fill.liquidity());
        assertTrue(matcher.state().openOrders().isEmpty(), "filled orders stop working");
        assertAmount("0", reported(events, "USDT").locked(), "the unused fee reserve is released");
        assertAmount("9596.6778", reported(events, "USDT").free(), "10000 - 302.302 taker - 101.0202 maker");
    }

    @Test
    void whenTradePrintsAboveRestingSell_thenSellFillsButABuyBelowDoesNot() {
        // Arrange
        matcher.apply(book(BTC, List.of(level("99.00", "1")), List.of(level("101.00", "1")), 1_000));
        matcher.place(limit("s1", Side.SELL, "0.5", "100.50"));
        matcher.place(limit("b1", Side.BUY, "0.5", "99.50"));

        // Act
        List<AccountEvent> events = matcher.apply(trade(BTC, "100.60", "2", 2_000));

        // Assert
        List<Fill> fills = fills(events);
        assertEquals(1, fills.size());
        assertEquals("s1", fills.get(0).clientOrderId());
        assertAmount("100.5", fills.get(0).price(), "the sell's limit");
        assertAmount("0.5", reported(events, "BTC").free(), "1 held - 0.5 sold");
        assertAmount("0", reported(events, "BTC").locked(), "nothing left locked for the sell");
    }

    @Test
    void whenBidsCrossTwoRestingSells_thenBestOfferFillsFirstAndTheCrossingSizeIsNotUsedTwice() {
        // Arrange
        matcher.apply(book(BTC, List.of(level("99.00", "1")), List.of(level("101.00", "1")), 1_000));
        matcher.place(limit("s1", Side.SELL, "0.3", "100.00"));
        matcher.place(limit("s2", Side.SELL, "0.3", "100.50"));

        // Act
        List<AccountEvent> events = matcher.apply(bidDelta(BTC, level("100.50", "0.4"), 2_000));

        // Assert
        List<Fill> fills = fills(events);
        assertEquals(2, fills.size());
        assertEquals("s1", fills.get(0).clientOrderId(), "the lower offer has priority");
        assertAmount("0.3", fills.get(0).qty(), "s1 fully");
        assertEquals("s2", fills.get(1).clientOrderId());
        assertAmount("0.1", fills.get(1).qty(), "only the crossing size s1 left");
    }
}
