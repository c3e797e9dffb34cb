package dev.osprey.binance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.osprey.core.order.OrderRequest;
import dev.osprey.core.order.Side;
import dev.osprey.core.venue.OrderFilled;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The user data stream breaks mid-trading: REST polling covers the gap and no fill is lost or doubled. */
class UserStreamRecoveryTest {
    private final VenueFixture f = new VenueFixture();

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void whenTheStreamDropsAndAFillHappensMeanwhile_thenPollingReportsItOnceAndTheStreamComesBack() {
        // Arrange
        OrderRequest r = f.placeAccepted(f.limit(Side.BUY, "0.02", "60000"));
        f.fake.exchange.fill(r.clientOrderId(), "0.005", "60000", true);
        f.events.awaitFirst(OrderFilled.class, e -> true, VenueFixture.WAIT);
        f.fake.wsApi.overloaded(true);
        // Act: the stream goes down and cannot resubscribe; a fill happens that no stream reports
        f.fake.wsApi.dropConnections();
        f.alerts.awaitFirst(VenueAlert.class, a -> a.kind() == VenueAlert.Kind.USER_STREAM_DOWN, VenueFixture.WAIT);
        long lost = f.fake.exchange.fill(r.clientOrderId(), "0.007", "59995", false);
        f.events.awaitFirst(OrderFilled.class, e -> e.fill().tradeId().equals(Long.toString(lost)), VenueFixture.WAIT);
        f.fake.wsApi.overloaded(false);
        f.alerts.await(l -> l.stream().filter(a -> a.kind() == VenueAlert.Kind.USER_STREAM_UP).count() == 2,
                VenueFixture.WAIT, "the stream back up");
        long after = f.fake.exchange.fill(r.clientOrderId(), "0.008", "59990", true);
        f.events.awaitFirst(OrderFilled.class, e -> e.fill().tradeId().equals(Long.toString(after)),
                VenueFixture.WAIT);
        // Assert
        List<String> tradeIds = f.events.of(OrderFilled.class).stream().map(e -> e.fill().tradeId()).toList();
        assertEquals(3, tradeIds.size(), tradeIds.toString());
        assertEquals(3, tradeIds.stream().distinct().count());
        assertTrue(f.calls("GET /api/v3/myTrades") >= 1, "the lost fill came from REST");
    }
}
