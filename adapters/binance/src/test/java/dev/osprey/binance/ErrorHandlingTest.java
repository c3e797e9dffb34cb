package dev.osprey.binance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.osprey.binance.fake.Fault;
import dev.osprey.core.order.OrderRequest;
import dev.osprey.core.order.RejectReason;
import dev.osprey.core.order.Side;
import dev.osprey.core.venue.CancelRejected;
import dev.osprey.core.venue.OrderAccepted;
import dev.osprey.core.venue.OrderFilled;
import dev.osprey.core.venue.OrderRejected;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every Binance refusal and failure mapped to its own clear outcome, against the fake Binance. */
class ErrorHandlingTest {
    private static final String PLACE = "POST /api/v3/order";
    private VenueFixture f;

    @AfterEach
    void close() {
        f.close();
    }

    private OrderRejected placeRejected(OrderRequest r) {
        f.venue.orderEntry().place(r);
        return f.events.awaitFirst(OrderRejected.class, e -> e.clientOrderId().equals(r.clientOrderId()),
                VenueFixture.WAIT);
    }

    @Test
    void when429WithRetryAfter_thenRejectedAndNothingIsSentUntilItPasses() {
        // Arrange
        f = new VenueFixture();
        f.fake.faultNext(PLACE, Fault.rateLimited(429, 30));
        // Act
        OrderRejected first = placeRejected(f.limit(Side.BUY, "0.01", "60000"));
        OrderRejected second = placeRejected(f.limit(Side.BUY, "0.01", "60000"));
        // Assert
        assertTrue(first.rejection().detail().contains("rate limited by Binance (HTTP 429)"), first.toString());
        assertTrue(first.rejection().detail().contains("30 s"), first.toString());
        assertTrue(second.rejection().detail().startsWith("not sent: sending paused"), second.toString());
        assertEquals(1, f.calls(PLACE), "the second order must not reach Binance");
        f.alerts.awaitFirst(VenueAlert.class, a -> a.kind() == VenueAlert.Kind.SENDING_PAUSED, VenueFixture.WAIT);
    }

    @Test
    void when418_thenTheBanIsNamedAndSendingPauses() {
        // Arrange
        f = new VenueFixture();
        f.fake.faultNext(PLACE, Fault.rateLimited(418, 120));
        // Act
        OrderRejected first = placeRejected(f.limit(Side.BUY, "0.01", "60000"));
        OrderRejected second = placeRejected(f.limit(Side.BUY, "0.01", "60000"));
        // Assert
        assertTrue(first.rejection().detail().contains("IP banned by Binance (HTTP 418) for 120 s"), first.toString());
        assertTrue(second.rejection().detail().contains("IP banned"), second.toString());
        assertEquals(1, f.calls(PLACE));
    }

    @Test
    void whenOurClockIsOff_thenTheTimeIsResyncedAndTheOrderRetriedOnce() {
        // Arrange
        f = new VenueFixture();
        f.fake.serverTimeOffsetMs = 30_000;
        OrderRequest r = f.limit(Side.BUY, "0.01", "60000");
        // Act
        f.placeAccepted(r);
        // Assert
        assertEquals(2, f.calls(PLACE));
        assertEquals(2, f.calls("GET /api/v3/time"), "one at start, one after -1021");
    }

    @Test
    void whenTheSignatureIsRefused_thenTradingStopsAndTheTraderIsAlerted() {
        // Arrange
        f = new VenueFixture();
        f.fake.faultNext(PLACE, Fault.refuse(400, -1022, "Signature for this request is not valid."));
        // Act
        OrderRejected first = placeRejected(f.limit(Side.BUY, "0.01", "60000"));
        OrderRejected second = placeRejected(f.limit(Side.BUY, "0.01", "60000"));
        // Assert
        assertTrue(first.rejection().detail().contains("trading on Binance is stopped"), first.toString());
        assertTrue(second.rejection().detail().contains("stopped"), second.toString());
        assertTrue(f.venue.tradingStopped());
        assertEquals(1, f.calls(PLACE));
        f.alerts.awaitFirst(VenueAlert.class, a -> a.kind() == VenueAlert.Kind.TRADING_STOPPED, VenueFixture.WAIT);
    }

    @Test
    void whenAFilterRefusesTheOrder_thenTheRejectionNamesTheFilter() {
        // Arrange
        f = new VenueFixture();
        f.fake.faultNext(PLACE, Fault.refuse(400, -1013, "Filter failure: LOT_SIZE"));
        // Act
        OrderRejected rej = placeRejected(f.limit(Side.BUY, "0.000001", "60000"));
        // Assert
        assertEquals(RejectReason.VENUE_REJECTED, rej.rejection().reason());
        assertTrue(rej.rejection().detail().startsWith("symbol filter LOT_SIZE refused the order"), rej.toString());
    }

    @Test
    void whenACancelIsRefusedAsUnknownButTheOrderFilled_thenTheFillIsReportedNotARefusal() {
        // Arrange
        f = new VenueFixture();
        OrderRequest r = f.placeAccepted(f.limit(Side.BUY, "0.01", "60000"));
        f.fake.wsApi.mute(true);
        f.fake.exchange.fill(r.clientOrderId(), "0.01", "60000", true);
        // Act
        f.venue.orderEntry().cancel("BTCUSDT", r.clientOrderId());
        OrderFilled fill = f.events.awaitFirst(OrderFilled.class, e -> e.fill().clientOrderId()
                .equals(r.clientOrderId()), VenueFixture.WAIT);
        // Assert
        assertEquals("60000", fill.fill().price().stripTrailingZeros().toPlainString());
        assertTrue(f.events.of(CancelRejected.class).isEmpty());
        assertEquals(1, f.calls("GET /api/v3/order"));
    }

    @Test
    void whenACancelIsRefusedAsUnknownAndTheOrderStillWorks_thenCancelRejectedSaysSo() {
        // Arrange
        f = new VenueFixture();
        OrderRequest r = f.placeAccepted(f.limit(Side.BUY, "0.01", "60000"));
        f.fake.faultNext("DELETE /api/v3/order", Fault.refuse(400, -2011, "Unknown order sent."));
        // Act
        f.venue.orderEntry().cancel("BTCUSDT", r.clientOrderId());
        CancelRejected c = f.events.awaitFirst(CancelRejected.class, e -> true, VenueFixture.WAIT);
        // Assert
        assertEquals(RejectReason.UNKNOWN_ORDER, c.rejection().reason());
        assertTrue(c.rejection().detail().contains("shows the order ACCEPTED"), c.toString());
    }

    @Test
    void whenPlacingGets5xxButTheOrderWasPlaced_thenReconciliationFindsItAndNothingIsResent() {
        // Arrange
        f = new VenueFixture();
        f.fake.wsApi.mute(true);
        f.fake.faultNext(PLACE, Fault.serverErrorAfterExecuting());
        OrderRequest r = f.limit(Side.BUY, "0.01", "60000");
        // Act
        f.venue.orderEntry().place(r);
        OrderAccepted a = f.events.awaitFirst(OrderAccepted.class, e -> e.clientOrderId().equals(r.clientOrderId()),
                VenueFixture.WAIT);
        // Assert
        assertEquals(1, f.calls(PLACE));
        assertTrue(f.calls("GET /api/v3/order") >= 1);
        assertTrue(a.venueOrderId() != null);
        f.alerts.awaitFirst(VenueAlert.class, x -> x.kind() == VenueAlert.Kind.ORDER_STATE_UNKNOWN, VenueFixture.WAIT);
    }

    @Test
    void whenPlacingGets5xxAndBinanceHasNoSuchOrder_thenRejectedAsNotPlacedAfterTheQueries() {
        // Arrange
        f = new VenueFixture();
        f.fake.faultNext(PLACE, Fault.serverErrorWithoutExecuting());
        OrderRequest r = f.limit(Side.BUY, "0.01", "60000");
        // Act
        OrderRejected rej = placeRejected(r);
        // Assert
        assertTrue(rej.rejection().detail().startsWith("not placed"), rej.toString());
        assertEquals(1, f.calls(PLACE));
        assertEquals(3, f.calls("GET /api/v3/order"), "one query per reconcile attempt");
    }

    @Test
    void whenPlacingTimesOut_thenTheOrderIsReconciledByItsClientId() {
        // Arrange
        f = new VenueFixture(b -> b.requestTimeout(Duration.ofMillis(300)).reconcile(Duration.ofMillis(200), 5));
        f.fake.wsApi.mute(true);
        f.fake.faultNext(PLACE, Fault.slowAnswer(1_000, true));
        OrderRequest r = f.limit(Side.BUY, "0.01", "60000");
        // Act
        f.venue.orderEntry().place(r);
        f.events.awaitFirst(OrderAccepted.class, e -> e.clientOrderId().equals(r.clientOrderId()), VenueFixture.WAIT);
        // Assert
        assertEquals(1, f.calls(PLACE));
        assertTrue(f.fake.exchange.hasOrder(r.clientOrderId()));
    }
}
