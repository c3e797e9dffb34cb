package dev.osprey.binance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.osprey.core.order.OrderRequest;
import dev.osprey.core.order.OrderStatus;
import dev.osprey.core.order.Side;
import dev.osprey.core.venue.OrderFilled;
import dev.osprey.core.venue.VenueOrder;
import java.math.BigDecimal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A restart asks Binance about an order by its client id: its state and every fill, or that there is none. */
class OrderQueryTest {
    private final VenueFixture f = new VenueFixture();

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void aPartlyFilledOrderComesBackWithItsStateAndFills() {
        OrderRequest r = f.placeAccepted(f.limit(Side.BUY, "0.02", "60000"));
        long trade = f.fake.exchange.fill(r.clientOrderId(), "0.005", "60000", true);
        f.events.awaitFirst(OrderFilled.class, e -> true, VenueFixture.WAIT);

        VenueOrder v = f.venue.stateFetch().queryOrder("BTCUSDT", r.clientOrderId()).orElseThrow();

        assertEquals(OrderStatus.PARTIALLY_FILLED, v.order().status());
        assertEquals(0, new BigDecimal("0.005").compareTo(v.order().filledQty()));
        assertEquals(1, v.fills().size());
        assertEquals(Long.toString(trade), v.fills().get(0).tradeId());
        assertEquals(r.clientOrderId(), v.fills().get(0).clientOrderId());
    }

    @Test
    void anOrderBinanceNeverHadIsNotFound() {
        assertTrue(f.venue.stateFetch().queryOrder("BTCUSDT", "never-sent").isEmpty());
    }
}
