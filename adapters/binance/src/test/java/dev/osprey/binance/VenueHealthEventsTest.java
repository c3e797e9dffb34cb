package dev.osprey.binance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.osprey.binance.fake.Fault;
import dev.osprey.core.order.Side;
import dev.osprey.core.venue.ApiCallFailed;
import dev.osprey.core.venue.VenueHeartbeat;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the engine's circuit breaker hears from the venue: heartbeats while the stream lives, failed calls. */
class VenueHealthEventsTest {
    private final VenueFixture f = new VenueFixture();

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void whileTheUserStreamIsUp_theVenueSendsHeartbeatsWithItsInterval() {
        f.placeAccepted(f.limit(Side.BUY, "0.02", "60000"));

        VenueHeartbeat beat = f.events.awaitFirst(VenueHeartbeat.class, e -> true,
                Duration.ofMillis(BinanceVenue.HEARTBEAT_MS * 3));

        assertEquals(BinanceVenue.HEARTBEAT_MS, beat.intervalMs());
    }

    @Test
    void whenAnOrderEndsInAServerError_theFailedCallIsReported() {
        f.fake.faultNext("POST /api/v3/order", Fault.serverErrorAfterExecuting());

        f.venue.orderEntry().place(f.limit(Side.BUY, "0.02", "60000"));

        ApiCallFailed failed = f.events.awaitFirst(ApiCallFailed.class, e -> true, VenueFixture.WAIT);
        assertEquals(VenueAlert.Kind.ORDER_STATE_UNKNOWN.name(), failed.call());
    }
}
