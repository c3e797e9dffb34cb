package dev.osprey.core.engine;

import dev.osprey.core.order.OrderStatus;
import dev.osprey.core.order.OrderType;
import dev.osprey.core.order.Side;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static dev.osprey.core.engine.OmsFixture.conditional;
import static dev.osprey.core.engine.OmsFixture.limit;
import static dev.osprey.core.engine.OmsFixture.market;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AmendTest {
    private final OmsFixture f = new OmsFixture();

    @Test
    void whenWorkingLimitAmended_thenCancelledFirst_andReplacementSentOnlyAfterTheCancelIsConfirmed() {
        f.place(limit("a", Side.BUY, "1", "95"));
        f.accept("a");

        f.engine.handle(new Command.Amend("a", null, new BigDecimal("96"), "a2"));

        assertEquals(OrderStatus.PENDING_REPLACE, f.status("a"));
        assertTrue(f.venue.cancelled.contains("a"));
        assertFalse(f.wasSent("a2"), "never two working at once");
        f.canceled("a");
        assertEquals(OrderStatus.CANCELED, f.status("a"));
        assertEquals(0, new BigDecimal("96").compareTo(f.sent("a2").price()));
        assertEquals(0, BigDecimal.ONE.compareTo(f.sent("a2").qty()));
    }

    @Test
    void whenPartlyFilledDuringReplace_thenReplacementAsksOnlyForTheRest() {
        f.place(limit("a", Side.BUY, "1", "95"));
        f.accept("a");
        f.engine.handle(new Command.Amend("a", new BigDecimal("2"), null, "a2"));

        f.fill("a", Side.BUY, "95", "0.3");
        assertEquals(OrderStatus.PENDING_REPLACE, f.status("a"), "a partial fill does not end the replace");
        f.canceled("a");

        assertEquals(0, new BigDecimal("1.7").compareTo(f.sent("a2").qty()), "2 wanted, 0.3 done");
    }

    @Test
    void whenOrderFillsBeforeTheCancel_thenAmendDropped() {
        f.place(limit("a", Side.BUY, "1", "95"));
        f.accept("a");
        f.engine.handle(new Command.Amend("a", null, new BigDecimal("94"), "a2"));

        f.fill("a", Side.BUY, "95", "1");

        assertEquals(OrderStatus.FILLED, f.status("a"));
        assertFalse(f.wasSent("a2"));
    }

    @Test
    void whenHeldStopAmended_thenChangedInPlace_withoutTheVenue() {
        f.place(market("e", Side.BUY, "1"));
        f.fill("e", Side.BUY, "100.5", "1");
        f.place(conditional("sl", Side.SELL, OrderType.STOP_MARKET, "1", null, "95", true));

        f.engine.handle(new Command.Amend("sl", null, new BigDecimal("97"), "unused"));

        assertEquals(0, new BigDecimal("97").compareTo(f.order("sl").spec().stopPrice()));
        assertTrue(f.venue.cancelled.isEmpty());
        f.trade("97");
        assertEquals(OrderStatus.TRIGGERED, f.status("sl"));
    }

    @Test
    void whenAmendBreaksARule_thenRefusedAndOrderUntouched() {
        f.place(limit("a", Side.BUY, "1", "95"));
        f.accept("a");

        f.engine.handle(new Command.Amend("a", null, new BigDecimal("95.001"), "a2"));

        assertEquals(OrderStatus.ACCEPTED, f.status("a"));
        assertTrue(f.venue.cancelled.isEmpty());
    }
}
