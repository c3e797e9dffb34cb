package dev.osprey.paper;

import dev.osprey.core.market.FeedState;
import dev.osprey.core.market.FeedStatus;
import dev.osprey.core.order.Fill;
import dev.osprey.core.order.Side;
import dev.osprey.core.venue.AccountEvent;
import dev.osprey.core.venue.BalancesChanged;
import dev.osprey.core.venue.OrderAccepted;
import dev.osprey.core.venue.OrderCanceled;
import dev.osprey.core.venue.OrderFilled;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.osprey.paper.PaperFixtures.BTC;
import static dev.osprey.paper.PaperFixtures.assertAmount;
import static dev.osprey.paper.PaperFixtures.book;
import static dev.osprey.paper.PaperFixtures.fills;
import static dev.osprey.paper.PaperFixtures.level;
import static dev.osprey.paper.PaperFixtures.limit;
import static dev.osprey.paper.PaperFixtures.only;
import static dev.osprey.paper.PaperFixtures.sellerHits;
import static dev.osprey.paper.PaperFixtures.tick;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Submit 50 ms, cancel 30 ms, reports 20 ms, all counted in market time. */
class LatencyTest {
    private final PaperMatcher matcher = PaperFixtures.matcher(new PaperLatency(50, 30, 20));

    /** Bids 99 x1, asks 101 x1 at t=1000, then a bid for 1 at 100 is sent at t=1000 and lives from t=1050. */
    private void givenBidSentAt1000() {
        matcher.apply(book(BTC, List.of(level("99.00", "1")), List.of(level("101.00", "1")), 1_000));
        assertTrue(matcher.place(limit("b1", Side.BUY, "1", "100.00")).isEmpty(), "nothing is back at once");
    }

    @Test
    void whenSubmitLatencyHasNotPassed_thenTheOrderIsNotLiveAndMissesTheMarket() {
        // Arrange
        givenBidSentAt1000();

        // Act
        List<AccountEvent> beforeArrival = matcher.apply(sellerHits("99.50", "1", 1_049));
        boolean liveBefore = !matcher.state().openOrders().isEmpty();
        List<AccountEvent> atArrival = matcher.apply(tick(1_050));
        boolean liveAfter = !matcher.state().openOrders().isEmpty();
        List<AccountEvent> reported = matcher.apply(tick(1_070));

        // Assert
        assertTrue(beforeArrival.isEmpty(), "a trade through the price before the order arrived cannot fill it");
        assertTrue(!liveBefore && liveAfter, "live from t=1050 exactly");
        assertTrue(atArrival.isEmpty(), "the acceptance is still on its way back");
        OrderAccepted accepted = assertInstanceOf(OrderAccepted.class, reported.get(0));
        assertEquals(1_050, accepted.timeMs(), "stamped with venue time, when it happened");
        assertInstanceOf(BalancesChanged.class, reported.get(1));
    }

    @Test
    void whenAFillHappens_thenItIsReportedAfterTheReportLatency() {
        // Arrange
        givenBidSentAt1000();
        matcher.apply(tick(1_050));

        // Act
        List<AccountEvent> atFill = matcher.apply(sellerHits("99.50", "0.4", 1_060));
        List<AccountEvent> justBefore = matcher.apply(tick(1_079));
        List<AccountEvent> after = matcher.apply(tick(1_080));

        // Assert
        assertTrue(only(atFill, OrderFilled.class).isEmpty(), "the ack (due 1070) and the fill are in flight");
        assertEquals(1, only(justBefore, OrderAccepted.class).size(), "the ack arrives first, on its own time");
        assertTrue(only(justBefore, OrderFilled.class).isEmpty());
        Fill fill = fills(after).get(0);
        assertEquals(1_060, fill.timeMs(), "the fill's own venue time");
        assertAmount("0.4", fill.qty(), "the print's size");
    }

    @Test
    void whenCanceled_thenTheOrderCanStillFillUntilTheCancelArrives() {
        // Arrange
        givenBidSentAt1000();
        matcher.apply(tick(1_100));

        // Act
        matcher.cancel(BTC, "b1");
        List<AccountEvent> raced = matcher.apply(sellerHits("99.50", "0.4", 1_120));
        boolean workingAt1120 = !matcher.state().openOrders().isEmpty();
        matcher.apply(tick(1_130));
        boolean workingAt1130 = !matcher.state().openOrders().isEmpty();
        List<AccountEvent> reports = matcher.apply(tick(1_150));

        // Assert
        assertTrue(raced.isEmpty() && workingAt1120, "the cancel, sent at 1100, takes effect at 1130");
        assertTrue(!workingAt1130, "gone once the cancel arrived");
        assertAmount("0.4", fills(reports).get(0).qty(), "filled while the cancel was on its way");
        OrderCanceled canceled = only(reports, OrderCanceled.class).get(0);
        assertEquals(1_130, canceled.timeMs());
        assertTrue(reports.indexOf(only(reports, OrderFilled.class).get(0)) < reports.indexOf(canceled),
                "reported in the order it happened: " + reports);
    }

    @Test
    void whenACancelIsFasterThanItsOrder_thenItStillArrivesAfterIt() {
        // Arrange
        PaperMatcher fastCancels = PaperFixtures.matcher(new PaperLatency(50, 10, 0));
        fastCancels.apply(book(BTC, List.of(level("99.00", "1")), List.of(level("101.00", "1")), 1_000));
        fastCancels.place(limit("b1", Side.BUY, "1", "100.00"));

        // Act
        fastCancels.cancel(BTC, "b1");
        List<AccountEvent> at1010 = fastCancels.apply(tick(1_010));
        List<AccountEvent> at1050 = fastCancels.apply(tick(1_050));

        // Assert
        assertTrue(at1010.isEmpty(), "one connection: the cancel waits behind its order");
        assertInstanceOf(OrderAccepted.class, at1050.get(0));
        assertEquals("b1", only(at1050, OrderCanceled.class).get(0).clientOrderId(), "canceled, not unknown");
    }

    @Test
    void whenTheFeedEnds_thenEverythingInFlightIsDelivered() {
        // Arrange
        givenBidSentAt1000();

        // Act
        List<AccountEvent> events = matcher.apply(new FeedStatus(BTC, FeedState.ENDED, "end of capture", 1_001));

        // Assert
        OrderAccepted accepted = assertInstanceOf(OrderAccepted.class, events.get(0));
        assertEquals(1_050, accepted.timeMs());
        assertEquals(1_070, matcher.clockMs(), "venue time moved on to the last report");
    }

    @Test
    void whenAReplayLoopsBackToItsStart_thenInFlightOrdersKeepTheirDelay() {
        // Arrange
        matcher.apply(book(BTC, List.of(level("99.00", "1")), List.of(level("101.00", "1")), 900_000));
        matcher.place(limit("b1", Side.BUY, "1", "100.00"));

        // Act
        matcher.apply(book(BTC, List.of(level("99.00", "1")), List.of(level("101.00", "1")), 1_000));
        boolean liveAt1049 = !matcher.apply(tick(1_049)).isEmpty() || !matcher.state().openOrders().isEmpty();
        matcher.apply(tick(1_050));
        List<AccountEvent> reported = matcher.apply(tick(1_070));

        // Assert
        assertTrue(!liveAt1049, "still 50 ms from arriving when time went back");
        assertEquals(1_050, assertInstanceOf(OrderAccepted.class, reported.get(0)).timeMs());
    }
}
