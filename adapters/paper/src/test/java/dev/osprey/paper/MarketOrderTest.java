package dev.osprey.paper;

import dev.osprey.core.market.FeedState;
import dev.osprey.core.market.FeedStatus;
import dev.osprey.core.order.Fill;
import dev.osprey.core.order.Liquidity;
import dev.osprey.core.order.RejectReason;
import dev.osprey.core.order.Side;
import dev.osprey.core.venue.AccountEvent;
import dev.osprey.core.venue.BalancesChanged;
import dev.osprey.core.venue.OrderAccepted;
import dev.osprey.core.venue.OrderExpired;
import dev.osprey.core.venue.OrderRejected;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

import static dev.osprey.paper.PaperFixtures.BTC;
import static dev.osprey.paper.PaperFixtures.assertAmount;
import static dev.osprey.paper.PaperFixtures.balance;
import static dev.osprey.paper.PaperFixtures.book;
import static dev.osprey.paper.PaperFixtures.fills;
import static dev.osprey.paper.PaperFixtures.level;
import static dev.osprey.paper.PaperFixtures.market;
import static dev.osprey.paper.PaperFixtures.only;
import static dev.osprey.paper.PaperFixtures.reported;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MarketOrderTest {
    private final PaperMatcher matcher = PaperFixtures.matcher();

    private void givenAsks() {
        matcher.apply(book(BTC, List.of(level("99.00", "1")),
                List.of(level("100.00", "1"), level("101.00", "2"), level("103.00", "5")), 1_000));
    }

    @Test
    void whenMarketBuyIsLargerThanBestAsk_thenFillsAcrossLevelsAtVolumeWeightedPriceWithTakerFee() {
        // Arrange
        givenAsks();

        // Act
        List<AccountEvent> events = matcher.place(market("m1", Side.BUY, "2.5"));

        // Assert
        assertInstanceOf(OrderAccepted.class, events.get(0));
        assertInstanceOf(BalancesChanged.class, events.get(events.size() - 1));
        List<Fill> fills = fills(events);
        assertEquals(2, fills.size());
        assertAmount("100", fills.get(0).price(), "first level price");
        assertAmount("1", fills.get(0).qty(), "first level qty");
        assertAmount("0.1", fills.get(0).fee(), "10 bps of 100");
        assertAmount("101", fills.get(1).price(), "second level price");
        assertAmount("1.5", fills.get(1).qty(), "second level qty");
        assertAmount("0.1515", fills.get(1).fee(), "10 bps of 151.5");
        fills.forEach(f -> assertEquals(Liquidity.TAKER, f.liquidity()));
        fills.forEach(f -> assertEquals("USDT", f.feeAsset()));
        BigDecimal vwap = fills.get(0).notional().add(fills.get(1).notional())
                .divide(new BigDecimal("2.5"), MathContext.DECIMAL64);
        assertAmount("100.6", vwap, "volume-weighted average price");
        assertAmount("9748.2485", reported(events, "USDT").free(), "10000 - 251.5 - 0.2515 fee");
        assertAmount("0", reported(events, "USDT").locked(), "nothing left locked");
        assertAmount("3.5", reported(events, "BTC").free(), "1 held + 2.5 bought");
    }

    @Test
    void whenTwoMarketBuysHitTheSameBook_thenTheSecondDoesNotTakeTheSizeTheFirstTook() {
        // Arrange
        givenAsks();
        matcher.place(market("m1", Side.BUY, "2.5"));

        // Act
        List<Fill> second = fills(matcher.place(market("m2", Side.BUY, "1")));

        // Assert
        assertEquals(2, second.size());
        assertAmount("101", second.get(0).price(), "what m1 left at 101");
        assertAmount("0.5", second.get(0).qty(), "what m1 left at 101");
        assertAmount("103", second.get(1).price(), "the rest from the next level");
        assertAmount("0.5", second.get(1).qty(), "the rest from the next level");
    }

    @Test
    void whenMarketBuyIsLargerThanTheWholeBook_thenFillsWhatIsThereAndExpiresTheRest() {
        // Arrange
        givenAsks();

        // Act
        List<AccountEvent> events = matcher.place(market("m1", Side.BUY, "10"));

        // Assert
        assertAmount("8", fills(events).stream().map(Fill::qty).reduce(BigDecimal.ZERO, BigDecimal::add), "filled");
        List<OrderExpired> expired = only(events, OrderExpired.class);
        assertEquals(1, expired.size());
        assertTrue(expired.get(0).reason().contains("2.00000000 of 10.00000000 unfilled"), expired.get(0).reason());
        assertAmount("0", balance(matcher.state(), "USDT").locked(), "no funds stay locked");
        assertTrue(matcher.state().openOrders().isEmpty(), "a market order never rests");
    }

    @Test
    void whenMarketOrderMeetsAnEmptySide_thenRejectedNoLiquidity() {
        // Arrange
        matcher.apply(book(BTC, List.of(level("99.00", "1")), List.of(), 1_000));

        // Act
        List<AccountEvent> events = matcher.place(market("m1", Side.BUY, "1"));

        // Assert
        assertEquals(1, events.size());
        OrderRejected rejected = assertInstanceOf(OrderRejected.class, events.get(0));
        assertEquals(RejectReason.NO_LIQUIDITY, rejected.rejection().reason());
        assertAmount("10000", balance(matcher.state(), "USDT").free(), "nothing spent");
    }

    @Test
    void whenFeedLosesSync_thenMarketOrdersAreNotFilledAgainstTheStaleBook() {
        // Arrange
        givenAsks();
        matcher.apply(new FeedStatus(BTC, FeedState.RESYNCING, "gap: expected U=12 got U=14", 1_500));

        // Act
        List<AccountEvent> events = matcher.place(market("m1", Side.BUY, "1"));

        // Assert
        assertEquals(RejectReason.NO_LIQUIDITY,
                assertInstanceOf(OrderRejected.class, events.get(0)).rejection().reason());
    }

    @Test
    void whenMarketSell_thenBaseLeavesAndQuoteArrivesLessTheFee() {
        // Arrange
        matcher.apply(book(BTC, List.of(level("99.00", "0.5"), level("98.00", "1")), List.of(), 1_000));

        // Act
        List<AccountEvent> events = matcher.place(market("s1", Side.SELL, "1"));

        // Assert
        List<Fill> fills = fills(events);
        assertAmount("99", fills.get(0).price(), "best bid first");
        assertAmount("98", fills.get(1).price(), "then the next bid");
        assertAmount("0", reported(events, "BTC").free(), "all BTC sold");
        assertAmount("10098.4015", reported(events, "USDT").free(), "10000 + 49.5 + 49 - 0.0495 - 0.049");
    }

    @Test
    void whenOrdersFill_thenEveryFillHasItsOwnTradeIdAndTheVenueClock() {
        // Arrange
        givenAsks();

        // Act
        List<Fill> fills = fills(matcher.place(market("m1", Side.BUY, "3.5")));

        // Assert
        assertEquals(3, fills.size());
        assertEquals(3, fills.stream().map(Fill::tradeId).distinct().count());
        fills.forEach(f -> assertEquals(1_000, f.timeMs(), "time of the last market event"));
        String nextTradeId = fills(matcher.place(market("m2", Side.BUY, "0.1"))).get(0).tradeId();
        assertTrue(fills.stream().noneMatch(f -> f.tradeId().equals(nextTradeId)), "trade ids are never reused");
    }
}
