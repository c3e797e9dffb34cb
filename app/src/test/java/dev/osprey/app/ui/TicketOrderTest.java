package dev.osprey.app.ui;

import dev.osprey.app.ui.TicketInput.Attach;
import dev.osprey.app.ui.TicketOrder.Field;
import dev.osprey.core.engine.Command;
import dev.osprey.core.instrument.Instrument;
import dev.osprey.core.order.OrderRequest;
import dev.osprey.core.order.OrderType;
import dev.osprey.core.order.Side;
import dev.osprey.core.order.TimeInForce;
import dev.osprey.core.order.Trailing;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TicketOrderTest {
    private static final Instrument BTC = new Instrument("BTCUSDT", "BTC", "USDT", new BigDecimal("0.01"),
            new BigDecimal("0.00001"), new BigDecimal("0.00001"), new BigDecimal("9000"), new BigDecimal("5"));
    private static final BigDecimal ASK = new BigDecimal("61000");
    private static final BigDecimal LAST = new BigDecimal("60999.99");
    private final AtomicInteger ids = new AtomicInteger();

    private TicketInput input(OrderType type, String qty, String price, String stop, TimeInForce tif, Attach attach) {
        return new TicketInput(Side.BUY, type, qty, price, stop, Trailing.Kind.PERCENT, "1.5", tif, "30", false,
                false, attach, "2", "5", "3", "59000", "");
    }

    private TicketOrder.Outcome build(TicketInput in) {
        return TicketOrder.build(in, BTC, ASK, LAST, 1_000_000L, () -> "c" + ids.incrementAndGet());
    }

    @Test
    void whenPlainLimit_thenPlaceOrderWithGtc() {
        TicketOrder.Outcome out = build(input(OrderType.LIMIT, "0.01", "60000.00", "", TimeInForce.GTC, Attach.NONE));
        OrderRequest r = assertInstanceOf(Command.PlaceOrder.class, out.command()).request();
        assertEquals(OrderType.LIMIT, r.type());
        assertEquals(TimeInForce.GTC, r.tif());
        assertEquals("c1", out.clientOrderId());
    }

    @Test
    void whenMarket_thenIocWhateverTheTifChoice_andPriceIgnored() {
        TicketOrder.Outcome out = build(input(OrderType.MARKET, "0.01", "junk", "", TimeInForce.GTD, Attach.NONE));
        OrderRequest r = assertInstanceOf(Command.PlaceOrder.class, out.command()).request();
        assertEquals(TimeInForce.IOC, r.tif());
        assertEquals(null, r.price());
    }

    @Test
    void whenStopLimitMissingStop_thenStopFieldError_andNothingBuilt() {
        TicketOrder.Outcome out = build(input(OrderType.STOP_LIMIT, "0.01", "61500.00", "", TimeInForce.GTC,
                Attach.NONE));
        assertFalse(out.ok());
        assertEquals("Required", out.errors().get(Field.STOP));
    }

    @Test
    void whenBuyStopBelowLast_thenWouldTriggerAtOnce() {
        TicketOrder.Outcome out = build(input(OrderType.STOP_MARKET, "0.01", "", "60000.00", TimeInForce.GTC,
                Attach.NONE));
        assertTrue(out.errors().get(Field.STOP).startsWith("The stop price would trigger at once"));
    }

    @Test
    void whenGtd_thenExpiryIsNowPlusMinutes() {
        TicketOrder.Outcome out = build(input(OrderType.LIMIT, "0.01", "60000.00", "", TimeInForce.GTD, Attach.NONE));
        OrderRequest r = assertInstanceOf(Command.PlaceOrder.class, out.command()).request();
        assertEquals(1_000_000L + 30 * 60_000L, r.expireAtMs());
    }

    @Test
    void whenTrailing_thenTrailFromFields_andActivationFromTheStopField() {
        TicketOrder.Outcome out = build(new TicketInput(Side.SELL, OrderType.TRAILING_STOP, "0.01", "", "62000.00",
                Trailing.Kind.PRICE, "250", TimeInForce.GTC, "", false, false, Attach.NONE, "", "", "", "", ""));
        OrderRequest r = assertInstanceOf(Command.PlaceOrder.class, out.command()).request();
        assertEquals(new Trailing(Trailing.Kind.PRICE, new BigDecimal("250"), new BigDecimal("62000.00")),
                r.trailing());
    }

    @Test
    void whenBracketAttached_thenBracketCommandWithTheFieldsPercents() {
        TicketOrder.Outcome out = build(input(OrderType.MARKET, "0.01", "", "", TimeInForce.GTC, Attach.BRACKET));
        Command.PlaceBracket b = assertInstanceOf(Command.PlaceBracket.class, out.command());
        assertEquals(0, new BigDecimal("2").compareTo(b.bracket().stopLossPercent()));
        assertEquals(0, new BigDecimal("3").compareTo(b.bracket().trailArmPercent()));
        assertEquals("c1-sl", b.bracket().stopLossId());
    }

    @Test
    void whenOcoAttached_thenSecondLegIsAStopOnTheSameSideAndQuantity() {
        TicketOrder.Outcome out = build(new TicketInput(Side.SELL, OrderType.LIMIT, "0.01", "63000.00", "",
                Trailing.Kind.PERCENT, "", TimeInForce.GTC, "", false, true, Attach.OCO, "", "", "", "59000.00",
                ""));
        Command.PlaceOco oco = assertInstanceOf(Command.PlaceOco.class, out.command());
        assertEquals(OrderType.STOP_MARKET, oco.second().type());
        assertEquals(Side.SELL, oco.second().side());
        assertEquals(0, new BigDecimal("59000.00").compareTo(oco.second().stopPrice()));
        assertTrue(oco.second().reduceOnly());
    }

    @Test
    void whenPostOnlyOnIoc_thenOrderLevelError() {
        TicketOrder.Outcome out = build(new TicketInput(Side.BUY, OrderType.LIMIT, "0.01", "60000.00", "",
                Trailing.Kind.PERCENT, "", TimeInForce.IOC, "", true, false, Attach.NONE, "", "", "", "", ""));
        assertTrue(out.errors().get(Field.ORDER).startsWith("Post-only applies to limit orders only"));
    }
}
