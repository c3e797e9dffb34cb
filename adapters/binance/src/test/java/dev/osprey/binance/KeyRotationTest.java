package dev.osprey.binance;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.osprey.binance.fake.FakeBinance;
import dev.osprey.core.order.OrderRequest;
import dev.osprey.core.order.OrderType;
import dev.osprey.core.order.Side;
import dev.osprey.core.venue.AccountEvent;
import dev.osprey.core.venue.OrderAccepted;
import dev.osprey.core.venue.OrderRejected;
import java.math.BigDecimal;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A running venue takes a new key without a restart: the next order and the user stream use it. */
class KeyRotationTest {
    private final FakeBinance fake = FakeBinance.start();
    private final Recorder<AccountEvent> events = new Recorder<>();
    private final Recorder<VenueAlert> alerts = new Recorder<>();
    private BinanceVenue venue;

    @AfterEach
    void close() {
        venue.close();
        fake.close();
    }

    private void start(BinanceCredentials initial) throws Exception {
        venue = BinanceVenue.create(fake.config().credentials(initial).build());
        venue.subscribe(events::add);
        venue.onAlert(alerts::add);
        venue.start().get(10, TimeUnit.SECONDS);
    }

    private static BinanceCredentials rightKey() {
        return BinanceCredentials.hmac(FakeBinance.API_KEY, FakeBinance.SECRET.toCharArray());
    }

    private static OrderRequest order(String id) {
        return new OrderRequest(id, "BTCUSDT", Side.BUY, OrderType.LIMIT, new BigDecimal("0.01"),
                new BigDecimal("50000"));
    }

    @Test
    void whenStartedWithoutKey_thenOrdersAreRefused_andOnceAKeyIsAdded_thenTheNextOrderIsAccepted() throws Exception {
        // Arrange
        start(null);
        venue.orderEntry().place(order("no-key"));
        OrderRejected refused = events.awaitFirst(OrderRejected.class, r -> r.clientOrderId().equals("no-key"),
                VenueFixture.WAIT);
        assertTrue(refused.rejection().detail().contains("no Binance API key"), refused.toString());
        // Act
        venue.useCredentials(rightKey());
        // Assert
        alerts.awaitFirst(VenueAlert.class, a -> a.kind() == VenueAlert.Kind.USER_STREAM_UP, VenueFixture.WAIT);
        venue.orderEntry().place(order("with-key"));
        events.awaitFirst(OrderAccepted.class, a -> a.clientOrderId().equals("with-key"), VenueFixture.WAIT);
    }

    @Test
    void whenTheKeyWasRefusedAndTradingStopped_thenRotatingToAGoodKeyResumesTrading() throws Exception {
        // Arrange: a secret Binance does not know stops trading at the first signed call
        start(BinanceCredentials.hmac(FakeBinance.API_KEY, "not-the-secret".toCharArray()));
        alerts.awaitFirst(VenueAlert.class, a -> a.kind() == VenueAlert.Kind.TRADING_STOPPED, VenueFixture.WAIT);
        assertTrue(venue.tradingStopped());
        // Act
        venue.useCredentials(rightKey());
        // Assert
        alerts.awaitFirst(VenueAlert.class, a -> a.kind() == VenueAlert.Kind.TRADING_RESUMED, VenueFixture.WAIT);
        alerts.awaitFirst(VenueAlert.class, a -> a.kind() == VenueAlert.Kind.USER_STREAM_UP, VenueFixture.WAIT);
        venue.orderEntry().place(order("after-rotation"));
        events.awaitFirst(OrderAccepted.class, a -> a.clientOrderId().equals("after-rotation"), VenueFixture.WAIT);
        assertTrue(!venue.tradingStopped());
    }
}
