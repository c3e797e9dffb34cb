package dev.osprey.paper;

import dev.osprey.core.engine.Command;
import dev.osprey.core.order.OrderRequest;
import dev.osprey.core.order.OrderStatus;
import dev.osprey.core.order.OrderType;
import dev.osprey.core.order.Side;
import dev.osprey.core.order.TimeInForce;
import dev.osprey.core.venue.OrderRejected;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static dev.osprey.paper.PaperFixtures.BTC;
import static dev.osprey.paper.PaperFixtures.book;
import static dev.osprey.paper.PaperFixtures.level;
import static dev.osprey.paper.PaperFixtures.sellerHits;
import static dev.osprey.paper.PaperFixtures.tick;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Engine and paper venue together, where an order's venue side and engine side can drift apart: a triggered
 * conditional order once the venue holds it, a rejection that overtakes a cancel, an amend before the venue has
 * acknowledged the order. Found by {@link OmsPaperPropertyTest} and by probing around it. Each needs a core fix, so
 * the build leaves this tag out until they land ({@code paper.excludedGroups} in this module's pom):
 * <ul>
 *   <li>{@code OrderFlow.isHeld} must not count an order whose triggered order the venue has accepted (it is
 *       ACCEPTED again, emulated, conditional, but has a venue order id): otherwise a later trade sends it again
 *       and a cancel only cancels it in the engine;</li>
 *   <li>{@code OrderStatus}: PENDING_CANCEL and PENDING_REPLACE must be able to become REJECTED, since a venue can
 *       refuse an order whose cancel is already on its way;</li>
 *   <li>{@code Replacements.amend} must not cancel a SUBMITTED order (SUBMITTED cannot become PENDING_REPLACE, yet
 *       the cancel is sent, and the replacement is then dropped): refuse it as NOT_AMENDABLE until acknowledged.</li>
 * </ul>
 */
class EngineVenueRaceTest {
    private final List<OrderRejected> rejections = new ArrayList<>();

    private SyncDesk desk(PaperLatency latency) {
        SyncDesk desk = new SyncDesk(PaperFixtures.ACCOUNT.withLatency(latency), List.of(PaperFixtures.BTCUSDT));
        desk.watchReports(e -> {
            if (e instanceof OrderRejected r) {
                rejections.add(r);
            }
        });
        desk.market(book(BTC, List.of(level("98.00", "10")), List.of(level("101.00", "10")), 1_000));
        desk.market(sellerHits("99.50", "0.1", 1_001));
        return desk;
    }

    /** A stop-limit sell, stop 99, limit 99.50: once the last trade reaches 99 it rests at the venue above the bid. */
    private static Command.PlaceOrder stopLimitSell() {
        return new Command.PlaceOrder(new OrderRequest("sl", BTC, Side.SELL, OrderType.STOP_LIMIT, BigDecimal.ONE,
                new BigDecimal("99.50"), new BigDecimal("99.00"), TimeInForce.GTC, 0L, false, false, null));
    }

    @Test
    void whenATriggeredStopLimitRestsAtTheVenue_thenLaterTradesDoNotSendItAgain() {
        // Arrange
        SyncDesk desk = desk(PaperLatency.NONE);
        desk.send(stopLimitSell());
        desk.market(sellerHits("99.00", "0.1", 2_000));

        // Act
        desk.market(sellerHits("98.90", "0.1", 2_100));

        // Assert
        assertTrue(rejections.isEmpty(), "sent once only: " + rejections);
        assertEquals(OrderStatus.ACCEPTED, desk.engine.order("sl").orElseThrow().status());
        assertEquals(1, desk.matcher.state().openOrders().size());
    }

    @Test
    void whenATriggeredStopLimitRestsAtTheVenue_thenCancelingItCancelsItAtTheVenue() {
        // Arrange
        SyncDesk desk = desk(PaperLatency.NONE);
        desk.send(stopLimitSell());
        desk.market(sellerHits("99.00", "0.1", 2_000));

        // Act
        desk.send(new Command.CancelOrder(BTC, "sl"));

        // Assert
        assertEquals(OrderStatus.CANCELED, desk.engine.order("sl").orElseThrow().status());
        assertTrue(desk.matcher.state().openOrders().isEmpty(), "not left working at the venue");
    }

    @Test
    void whenAnOrderIsAmendedBeforeTheVenueAcknowledgedIt_thenTheAmendDoesNotTurnIntoACancel() {
        // Arrange: submit latency 10 ms, so the bid is still SUBMITTED when the amend comes
        SyncDesk desk = desk(new PaperLatency(10, 10, 0));
        desk.send(new Command.PlaceOrder(PaperFixtures.limit("b1", Side.BUY, "1", "97.00")));

        // Act
        desk.send(new Command.Amend("b1", null, new BigDecimal("96.00"), "b2"));
        desk.market(tick(1_050));

        // Assert
        assertEquals(1, desk.matcher.state().openOrders().size(),
                "the bid, amended or not, still works: " + desk.engine.order("b1").orElseThrow());
    }

    @Test
    void whenTheVenueRejectsAnOrderWhoseCancelIsOnTheWay_thenTheOrderEndsRejected() {
        // Arrange: a post-only buy at the ask is sent, then canceled before it reaches the venue
        SyncDesk desk = desk(new PaperLatency(10, 10, 0));
        desk.send(new Command.PlaceOrder(new OrderRequest("p1", BTC, Side.BUY, OrderType.LIMIT, BigDecimal.ONE,
                new BigDecimal("101.00"), null, TimeInForce.GTC, 0L, true, false, null)));
        desk.send(new Command.CancelOrder(BTC, "p1"));

        // Act
        desk.market(tick(1_020));

        // Assert
        assertEquals(1, rejections.size(), "the venue refused it: it would take");
        assertEquals(OrderStatus.REJECTED, desk.engine.order("p1").orElseThrow().status(),
                "not back to working after the cancel found nothing");
        assertTrue(desk.engine.workingOrders().isEmpty());
    }
}
