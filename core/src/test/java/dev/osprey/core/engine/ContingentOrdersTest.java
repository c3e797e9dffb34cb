package dev.osprey.core.engine;

import dev.osprey.core.order.BracketSpec;
import dev.osprey.core.order.Contingency;
import dev.osprey.core.order.OrderStatus;
import dev.osprey.core.order.OrderType;
import dev.osprey.core.order.Side;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static dev.osprey.core.engine.OmsFixture.conditional;
import static dev.osprey.core.engine.OmsFixture.limit;
import static dev.osprey.core.engine.OmsFixture.market;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContingentOrdersTest {
    private final OmsFixture f = new OmsFixture();

    private static BracketSpec defaults(String prefix, BigDecimal trailArm) {
        return new BracketSpec(new BigDecimal("2"), new BigDecimal("5"), trailArm, prefix + "-sl", prefix + "-tp");
    }

    @Test
    void whenOcoLegFills_thenTheOtherLegIsCancelled() {
        f.place(market("entry", Side.BUY, "1"));
        f.fill("entry", Side.BUY, "100.5", "1");
        f.engine.handle(new Command.PlaceOco(limit("tp", Side.SELL, "1", "110"),
                conditional("sl", Side.SELL, OrderType.STOP_MARKET, "1", null, "95", false)));
        f.accept("tp");

        f.fill("tp", Side.SELL, "110", "0.4");

        assertEquals(OrderStatus.CANCELED, f.status("sl"), "held stop cancelled by the engine at once");
        assertEquals(new Contingency("tp", Contingency.Role.OCO_LEG), f.order("sl").contingency());
    }

    @Test
    void whenBracketEntryFills_thenStopAndTargetGoOutAtTheDefaultDistances_andTheStopCancelsTheTarget() {
        f.engine.handle(new Command.PlaceBracket(market("b1", Side.BUY, "0.5"), defaults("b1", null)));
        f.accept("b1");
        f.fill("b1", Side.BUY, "100", "0.5");

        assertEquals(OrderStatus.ACCEPTED, f.status("b1-sl"));
        assertTrue(f.order("b1-sl").emulated());
        assertEquals(0, new BigDecimal("98").compareTo(f.order("b1-sl").spec().stopPrice()), "2 % below entry");
        assertTrue(f.order("b1-sl").spec().reduceOnly());
        assertEquals(OrderType.LIMIT, f.sent("b1-tp").type());
        assertEquals(0, new BigDecimal("105").compareTo(f.sent("b1-tp").price()), "5 % above entry");
        assertEquals(0, new BigDecimal("0.5").compareTo(f.sent("b1-tp").qty()));
        f.accept("b1-tp");

        f.trade("98");

        assertEquals(OrderStatus.TRIGGERED, f.status("b1-sl"));
        assertEquals(OrderStatus.PENDING_CANCEL, f.status("b1-tp"), "the target's locked BTC must be freed first");
        assertTrue(f.venue.cancelled.contains("b1-tp"));
        assertTrue(!f.wasSent("b1-sl"), "the stop waits for the cancel");
        f.canceled("b1-tp");
        assertEquals(OrderType.MARKET, f.sent("b1-sl").type());
        assertEquals(0, new BigDecimal("0.5").compareTo(f.sent("b1-sl").qty()));
        assertEquals(OrderStatus.CANCELED, f.status("b1-tp"));
        assertEquals(OrderStatus.TRIGGERED, f.status("b1-sl"), "the freed target's end must not cancel the stop");
        assertTrue(!f.venue.cancelled.contains("b1-sl"));
    }

    @Test
    void whenTargetPartlyFillsWhileBeingCancelledForTheStop_thenStopSellsOnlyWhatIsLeft() {
        f.engine.handle(new Command.PlaceBracket(market("b4", Side.BUY, "1"), defaults("b4", null)));
        f.fill("b4", Side.BUY, "100", "1");
        f.accept("b4-tp");
        f.trade("98");

        f.fill("b4-tp", Side.SELL, "105", "0.3");
        f.canceled("b4-tp");

        assertEquals(0, new BigDecimal("0.7").compareTo(f.sent("b4-sl").qty()));
        assertEquals(0, new BigDecimal("0.7").compareTo(f.order("b4-sl").qty()), "order resized to what it sells");
    }

    @Test
    void whenBracketStopArmsTrailingAfterProfit_thenItFollowsThePrice() {
        f.engine.handle(new Command.PlaceBracket(market("b2", Side.BUY, "1"), defaults("b2",
                new BigDecimal("3"))));
        f.fill("b2", Side.BUY, "100", "1");
        assertEquals(OrderType.TRAILING_STOP, f.order("b2-sl").type());

        f.trade("104");   // armed at 103: high 104 -> trail 101.92, floor 98
        f.trade("102");
        assertEquals(OrderStatus.ACCEPTED, f.status("b2-sl"));
        f.trade("101.9");

        assertEquals(OrderStatus.TRIGGERED, f.status("b2-sl"), "trailing stop, not the 98 floor, fired");
    }

    @Test
    void whenBracketEntryIsCancelledUnfilled_thenNoLegsAppear() {
        f.engine.handle(new Command.PlaceBracket(limit("b3", Side.BUY, "1", "90"), defaults("b3", null)));
        f.accept("b3");
        f.engine.handle(new Command.CancelOrder("BTCUSDT", "b3"));
        f.canceled("b3");

        assertTrue(f.engine.order("b3-sl").isEmpty());
        assertTrue(f.engine.order("b3-tp").isEmpty());
    }
}
