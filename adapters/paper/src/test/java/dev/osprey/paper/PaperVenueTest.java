package dev.osprey.paper;

import dev.osprey.core.order.OrderType;
import dev.osprey.core.order.RejectReason;
import dev.osprey.core.order.Side;
import dev.osprey.core.venue.AccountEvent;
import dev.osprey.core.venue.BalancesChanged;
import dev.osprey.core.venue.OrderAccepted;
import dev.osprey.core.venue.OrderCanceled;
import dev.osprey.core.venue.OrderFilled;
import dev.osprey.core.venue.OrderRejected;
import dev.osprey.core.venue.VenueState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static dev.osprey.paper.PaperFixtures.BTC;
import static dev.osprey.paper.PaperFixtures.ETH;
import static dev.osprey.paper.PaperFixtures.assertAmount;
import static dev.osprey.paper.PaperFixtures.balance;
import static dev.osprey.paper.PaperFixtures.book;
import static dev.osprey.paper.PaperFixtures.level;
import static dev.osprey.paper.PaperFixtures.limit;
import static dev.osprey.paper.PaperFixtures.market;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PaperVenueTest {
    private record Delivered(AccountEvent event, String thread) {
    }

    private final ScriptedFeed feed = new ScriptedFeed();
    private final PaperVenue venue = new PaperVenue(PaperFixtures.ACCOUNT,
            List.of(PaperFixtures.BTCUSDT, PaperFixtures.ETHUSDT), feed);
    private final BlockingQueue<Delivered> delivered = new LinkedBlockingQueue<>();

    PaperVenueTest() {
        venue.accountStream().subscribe(e -> delivered.add(new Delivered(e, Thread.currentThread().getName())));
    }

    @AfterEach
    void closeVenue() {
        venue.close();
    }

    private Delivered next() throws InterruptedException {
        Delivered d = delivered.poll(5, TimeUnit.SECONDS);
        assertNotNull(d, "no account event within 5 s");
        return d;
    }

    @Test
    void whenConstructed_thenSubscribesToEveryInstrumentAndHandsOutTheSameFeed() {
        // Assert
        assertTrue(feed.hasSubscriber(BTC));
        assertTrue(feed.hasSubscriber(ETH));
        assertSame(feed, venue.marketData());
    }

    @Test
    void whenBookArrivesJustBeforeAnOrder_thenOrderSeesTheBookAndEventsArriveInOrderOnThePaperThread()
            throws InterruptedException {
        // Arrange
        feed.push(book(BTC, List.of(level("99.00", "1")), List.of(level("100.00", "1")), 1_000));

        // Act
        venue.orderEntry().place(market("m1", Side.BUY, "0.5"));

        // Assert
        List<Delivered> got = List.of(next(), next(), next());
        assertInstanceOf(OrderAccepted.class, got.get(0).event());
        assertInstanceOf(OrderFilled.class, got.get(1).event());
        assertInstanceOf(BalancesChanged.class, got.get(2).event());
        got.forEach(d -> assertEquals(PaperVenue.THREAD_NAME, d.thread()));
    }

    @Test
    void whenCancelAll_thenFutureCompletesWithTheCountAfterTheCancelsWereDelivered() throws Exception {
        // Arrange
        venue.place(limit("b1", Side.BUY, "1", "90.00"));
        venue.place(limit("e1", ETH, Side.BUY, "1", "50.00"));

        // Act
        CompletableFuture<Integer> cancelled = venue.cancelAll(null);

        // Assert
        assertEquals(2, cancelled.get(5, TimeUnit.SECONDS));
        List<Delivered> drained = new ArrayList<>();
        delivered.drainTo(drained);
        List<AccountEvent> events = drained.stream().map(Delivered::event).toList();
        assertEquals(2, events.stream().filter(e -> e instanceof OrderCanceled).count(), events.toString());
        assertTrue(venue.stateFetch().fetchState().openOrders().isEmpty());
    }

    @Test
    void whenCancelAllWaitsOnCancelLatency_thenItsFutureCompletesOnlyOnceMarketTimeHasPassed() throws Exception {
        // Arrange
        ScriptedFeed slowFeed = new ScriptedFeed();
        try (PaperVenue slow = new PaperVenue(PaperFixtures.ACCOUNT.withLatency(new PaperLatency(0, 30, 0)),
                List.of(PaperFixtures.BTCUSDT), slowFeed)) {
            slowFeed.push(book(BTC, List.of(level("99.00", "1")), List.of(level("100.00", "1")), 1_000));
            slow.place(limit("b1", Side.BUY, "1", "90.00"));

            // Act
            CompletableFuture<Integer> cancelled = slow.cancelAll(null);
            // fetchState runs on the paper thread after the cancel-all, so it sees what the cancel-all left.
            boolean workingBefore = !slow.fetchState().openOrders().isEmpty();
            boolean doneBefore = cancelled.isDone();
            slowFeed.push(PaperFixtures.tick(1_030));

            // Assert
            assertEquals(1, cancelled.get(5, TimeUnit.SECONDS));
            assertTrue(workingBefore && !doneBefore, "the cancel-all was still on its way at t=1000");
            assertTrue(slow.fetchState().openOrders().isEmpty());
        }
    }

    @Test
    void whenAskedWhatItTakes_thenMarketAndLimitOnly() {
        // Assert
        assertEquals(Set.of(OrderType.MARKET, OrderType.LIMIT), venue.orderEntry().nativeTypes());
    }

    @Test
    void whenStateFetched_thenShowsWorkingOrdersAndLockedFunds() {
        // Arrange
        venue.place(limit("b1", Side.BUY, "1", "90.00"));

        // Act
        VenueState state = venue.stateFetch().fetchState();

        // Assert
        assertEquals("b1", state.openOrders().get(0).clientOrderId());
        assertEquals("P-1", state.openOrders().get(0).venueOrderId());
        assertAmount("90.09", balance(state, "USDT").locked(), "90 plus fee reserve");
    }

    @Test
    void whenListenerFetchesStateOnThePaperThread_thenItGetsAnAnswerInsteadOfWaitingOnItself() throws Exception {
        // Arrange
        CompletableFuture<VenueState> seen = new CompletableFuture<>();
        venue.subscribe(e -> {
            if (e instanceof OrderAccepted) {
                seen.complete(venue.fetchState());
            }
        });

        // Act
        venue.place(limit("b1", Side.BUY, "1", "90.00"));

        // Assert
        assertEquals(1, seen.get(5, TimeUnit.SECONDS).openOrders().size());
    }

    @Test
    void whenMarketOrderMeetsNoBook_thenRejectionArrivesOnTheStream() throws InterruptedException {
        // Act
        venue.place(market("m1", Side.BUY, "1"));

        // Assert
        OrderRejected rejected = assertInstanceOf(OrderRejected.class, next().event());
        assertEquals(RejectReason.NO_LIQUIDITY, rejected.rejection().reason());
    }

    @Test
    void whenClosed_thenOrdersAreRefusedAndMarketEventsAreDropped() {
        // Act
        venue.close();

        // Assert
        assertThrows(IllegalStateException.class, () -> venue.place(market("m1", Side.BUY, "1")));
        assertDoesNotThrow(() -> feed.push(book(BTC, List.of(), List.of(level("100.00", "1")), 1_000)),
                "the feed outlives the venue and must not be broken by it");
        assertTrue(venue.cancelAll(null).isCompletedExceptionally());
    }
}
