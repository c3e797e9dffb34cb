package dev.osprey.paper;

import dev.osprey.core.order.Fill;
import dev.osprey.core.order.Liquidity;
import dev.osprey.core.order.Side;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.osprey.paper.PaperFixtures.BTC;
import static dev.osprey.paper.PaperFixtures.assertAmount;
import static dev.osprey.paper.PaperFixtures.bidDelta;
import static dev.osprey.paper.PaperFixtures.book;
import static dev.osprey.paper.PaperFixtures.fills;
import static dev.osprey.paper.PaperFixtures.level;
import static dev.osprey.paper.PaperFixtures.limit;
import static dev.osprey.paper.PaperFixtures.sellerHits;
import static dev.osprey.paper.PaperFixtures.trade;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A resting bid waits behind the size the book showed at its price when it arrived. */
class QueuePositionTest {
    private final PaperMatcher matcher = PaperFixtures.matcher();

    /** Bids 100 x3 and 99 x5, asks 101 x1; then our bid for 1 at 100 rests behind the 3. */
    private void givenBidBehindThree() {
        matcher.apply(book(BTC, List.of(level("100.00", "3"), level("99.00", "5")),
                List.of(level("101.00", "1")), 1_000));
        matcher.place(limit("b1", Side.BUY, "1", "100.00"));
    }

    private String remaining() {
        return matcher.state().openOrders().get(0).remainingQty().stripTrailingZeros().toPlainString();
    }

    @Test
    void whenSellersHitTheBidPrice_thenOurBidFillsOnlyOnceTheSizeAheadHasTraded() {
        // Arrange
        givenBidBehindThree();

        // Act
        List<Fill> first = fills(matcher.apply(sellerHits("100.00", "2", 2_000)));
        List<Fill> second = fills(matcher.apply(sellerHits("100.00", "1.5", 2_100)));
        List<Fill> third = fills(matcher.apply(sellerHits("100.00", "1", 2_200)));

        // Assert
        assertTrue(first.isEmpty(), "2 of the 3 ahead traded");
        assertEquals(1, second.size());
        assertAmount("0.5", second.get(0).qty(), "1 more reaches the front, 0.5 reaches us");
        assertEquals(Liquidity.MAKER, second.get(0).liquidity());
        assertAmount("100", second.get(0).price(), "at our limit");
        assertAmount("0.5", third.get(0).qty(), "the rest; the print's other 0.5 is somebody else's");
        assertTrue(matcher.state().openOrders().isEmpty());
    }

    @Test
    void whenBuyersLiftOffersAtOurBidPrice_thenTheBidQueueDoesNotMove() {
        // Arrange
        givenBidBehindThree();

        // Act
        List<Fill> lifted = fills(matcher.apply(trade(BTC, "100.00", "10", 2_000)));
        List<Fill> hitAhead = fills(matcher.apply(sellerHits("100.00", "3", 2_100)));
        List<Fill> hitUs = fills(matcher.apply(sellerHits("100.00", "0.2", 2_200)));

        // Assert
        assertTrue(lifted.isEmpty(), "a buyer taking offers trades against the asks, not the bids");
        assertTrue(hitAhead.isEmpty(), "exactly the 3 ahead");
        assertAmount("0.2", hitUs.get(0).qty(), "then us");
    }

    @Test
    void whenTheLevelShrinksMoreThanItTraded_thenOnlyTheUnexplainedPartCountsAsCancelsAhead() {
        // Arrange
        givenBidBehindThree();
        matcher.apply(sellerHits("100.00", "1", 2_000));

        // Act: 3 -> 1.5 is 1 traded plus 0.5 canceled, so 1.5 stays ahead (not 3 - 1 - 1.5 = 0.5)
        matcher.apply(bidDelta(BTC, level("100.00", "1.5"), 2_100));
        List<Fill> ahead = fills(matcher.apply(sellerHits("100.00", "1.5", 2_200)));
        List<Fill> us = fills(matcher.apply(sellerHits("100.00", "0.3", 2_300)));

        // Assert
        assertTrue(ahead.isEmpty(), "the trade was not counted twice: " + ahead);
        assertAmount("0.3", us.get(0).qty(), "front of the queue now");
        assertEquals("0.7", remaining());
    }

    @Test
    void whenTheLevelGrows_thenTheNewSizeJoinsBehindUs() {
        // Arrange
        givenBidBehindThree();

        // Act
        matcher.apply(bidDelta(BTC, level("100.00", "10"), 2_000));
        List<Fill> fills = fills(matcher.apply(sellerHits("100.00", "3.2", 2_100)));

        // Assert
        assertAmount("0.2", fills.get(0).qty(), "only the original 3 were ahead");
    }

    @Test
    void whenTheLevelEmptiesWithoutTrades_thenNobodyIsAheadAnyMore() {
        // Arrange
        givenBidBehindThree();

        // Act
        matcher.apply(bidDelta(BTC, level("100.00", "0"), 2_000));
        List<Fill> fills = fills(matcher.apply(sellerHits("100.00", "0.4", 2_100)));

        // Assert
        assertAmount("0.4", fills.get(0).qty(), "everything ahead was canceled");
    }

    @Test
    void whenThePriceTradesThroughOurBid_thenItFillsAtItsLimitWhateverTheQueue() {
        // Arrange
        givenBidBehindThree();

        // Act
        List<Fill> fills = fills(matcher.apply(sellerHits("99.99", "0.4", 2_000)));

        // Assert
        assertAmount("0.4", fills.get(0).qty(), "the print's size");
        assertAmount("100", fills.get(0).price(), "our limit, not the print");
        assertEquals("0.6", remaining());
    }

    @Test
    void whenTwoOfOurBidsShareAPrice_thenOnePrintIsNotUsedTwice() {
        // Arrange
        givenBidBehindThree();
        matcher.place(limit("b2", Side.BUY, "1", "100.00"));

        // Act
        List<Fill> fills = fills(matcher.apply(sellerHits("100.00", "4", 2_000)));

        // Assert
        assertEquals(1, fills.size(), "4 traded, 3 were ahead: 1 left for our first bid, none for the second");
        assertEquals("b1", fills.get(0).clientOrderId());
        assertAmount("1", fills.get(0).qty(), "b1 complete");
    }
}
