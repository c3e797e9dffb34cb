package dev.osprey.core.engine;

import dev.osprey.core.order.Fill;
import dev.osprey.core.order.Liquidity;
import dev.osprey.core.order.OrderRequest;
import dev.osprey.core.order.OrderStatus;
import dev.osprey.core.order.OrderType;
import dev.osprey.core.order.RejectReason;
import dev.osprey.core.order.Side;
import dev.osprey.core.order.TimeInForce;
import dev.osprey.core.order.Trailing;
import dev.osprey.core.venue.OrderFilled;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static dev.osprey.core.engine.OmsFixture.conditional;
import static dev.osprey.core.engine.OmsFixture.gtd;
import static dev.osprey.core.engine.OmsFixture.limit;
import static dev.osprey.core.engine.OmsFixture.market;
import static dev.osprey.core.engine.OmsFixture.trailing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Orders the paper venue does not take natively are held by the engine and sent when they trigger. */
class ConditionalOrdersTest {
    private final OmsFixture f = new OmsFixture();

    private void givenLong(String qty) {
        f.place(market("entry", Side.BUY, qty));
        f.accept("entry");
        f.fill("entry", Side.BUY, "100.5", qty);
    }

    @Test
    void whenStopMarketPlaced_thenHeldAndEmulated_andFiresAsMarketWithTheSameIdOnceLastTradesAtTheStop() {
        givenLong("1");
        f.place(conditional("sl", Side.SELL, OrderType.STOP_MARKET, "1", null, "99", true));
        assertEquals(OrderStatus.ACCEPTED, f.status("sl"));
        assertTrue(f.order("sl").emulated());
        assertFalse(f.wasSent("sl"), "held by the engine");

        f.trade("99.01");
        assertFalse(f.wasSent("sl"), "not yet at the stop");
        f.trade("99");

        assertEquals(OrderStatus.TRIGGERED, f.status("sl"));
        assertEquals(OrderType.MARKET, f.sent("sl").type());
        assertEquals(0, new BigDecimal("1").compareTo(f.sent("sl").qty()));
        f.accept("sl");
        f.fill("sl", Side.SELL, "98.9", "1");
        assertEquals(OrderStatus.FILLED, f.status("sl"));
    }

    @Test
    void whenTakeProfitLimitReachesTarget_thenLimitSentAtItsPrice() {
        givenLong("1");
        f.place(conditional("tp", Side.SELL, OrderType.TAKE_PROFIT_LIMIT, "1", "104.5", "105", false));
        f.trade("104.99");
        assertFalse(f.wasSent("tp"));

        f.trade("105.2");

        assertEquals(OrderType.LIMIT, f.sent("tp").type());
        assertEquals(0, new BigDecimal("104.5").compareTo(f.sent("tp").price()));
        assertEquals(TimeInForce.GTC, f.sent("tp").tif());
    }

    @Test
    void whenStopWouldFireAtOnce_thenRejectedWithItsReason() {
        f.place(conditional("bad", Side.SELL, OrderType.STOP_MARKET, "1", null, "101", false));
        assertEquals(OrderStatus.REJECTED, f.status("bad"));
        assertTrue(f.order("bad").reason().startsWith(RejectReason.STOP_PRICE_WRONG_SIDE.message()));
    }

    @Test
    void whenTrailingStopByPercent_thenFollowsTheHigh_andFiresOnThePullback() {
        givenLong("1");
        f.place(trailing("tr", Side.SELL, "1", new Trailing(Trailing.Kind.PERCENT, new BigDecimal("2"), null)));
        f.trade("110");
        f.trade("108");
        assertFalse(f.wasSent("tr"), "110 -> stop 107.8; 108 is above it");
        f.trade("120");
        f.trade("117.7");
        assertFalse(f.wasSent("tr"), "high 120 -> stop 117.6; 117.7 is above it");

        f.trade("117.6");

        assertTrue(f.wasSent("tr"));
        assertEquals(OrderType.MARKET, f.sent("tr").type());
    }

    @Test
    void whenTrailingByDistanceWithActivation_thenNotArmedBelowActivation() {
        givenLong("1");
        f.place(trailing("tr", Side.SELL, "1", new Trailing(Trailing.Kind.PRICE, new BigDecimal("5"),
                new BigDecimal("110"))));
        f.trade("104");
        assertFalse(f.wasSent("tr"), "not armed: below activation, no floor");
        f.trade("112");
        f.trade("107.01");
        assertFalse(f.wasSent("tr"), "armed at 112 -> stop 107");
        f.trade("107");
        assertTrue(f.wasSent("tr"));
    }

    @Test
    void whenGtdLimitAtVenueExpires_thenCancelSentAndEndsExpired() {
        f.place(gtd("g", Side.BUY, "1", "90", f.time() + 500));
        assertTrue(f.order("g").emulated(), "the GTD part is the engine's");
        assertEquals(TimeInForce.GTC, f.sent("g").tif(), "the venue sees GTC");
        assertEquals(0L, f.sent("g").expireAtMs());
        f.accept("g");

        f.trade("100.4");
        f.trade("100.3");
        f.trade("100.2");
        f.trade("100.1");
        f.trade("100.0");

        assertEquals(OrderStatus.PENDING_CANCEL, f.status("g"));
        f.canceled("g");
        assertEquals(OrderStatus.EXPIRED, f.status("g"));
    }

    @Test
    void whenReduceOnlyWhileFlat_thenRejected_andWhenLongUpToThePosition_thenAccepted() {
        f.place(conditional("r1", Side.SELL, OrderType.STOP_MARKET, "1", null, "99", true));
        assertEquals(OrderStatus.REJECTED, f.status("r1"));
        assertTrue(f.order("r1").reason().startsWith(RejectReason.REDUCE_ONLY_WOULD_INCREASE.message()));

        givenLong("1");
        f.place(new OrderRequest("r2", "BTCUSDT", Side.SELL, OrderType.LIMIT,
                new BigDecimal("0.6"), new BigDecimal("105"), null, TimeInForce.GTC, 0L, false, true, null));
        f.place(new OrderRequest("r3", "BTCUSDT", Side.SELL, OrderType.LIMIT,
                new BigDecimal("0.6"), new BigDecimal("106"), null, TimeInForce.GTC, 0L, false, true, null));

        assertEquals(OrderStatus.SUBMITTED, f.status("r2"));
        assertEquals(OrderStatus.REJECTED, f.status("r3"), "0.6 + 0.6 > 1");
    }

    @Test
    void whenFlattenAfterAStop_thenTheLongIsClosedByAReduceOnlyMarketSell_evenThoughTheGateIsShut() {
        givenLong("0.7");
        f.gate.halt("trader", "drill", 0L);

        f.engine.handle(new Command.FlattenAll("trader", "stop with flatten"));

        OrderRequest close = f.venue.placed.get(f.venue.placed.size() - 1);
        assertEquals(Side.SELL, close.side());
        assertEquals(OrderType.MARKET, close.type());
        assertTrue(close.reduceOnly());
        assertEquals(0, new BigDecimal("0.7").compareTo(close.qty()));
        f.place(market("new", Side.BUY, "0.1"));
        assertEquals(OrderStatus.REJECTED, f.status("new"), "the gate still refuses new exposure");
    }

    @Test
    void whenAnotherFillShrinksThePosition_thenAWorkingReduceOnlyOrderThatWouldFlipItIsCancelled() {
        givenLong("1");
        f.place(new OrderRequest("ro", "BTCUSDT", Side.SELL, OrderType.LIMIT, new BigDecimal("0.8"),
                new BigDecimal("105"), null, TimeInForce.GTC, 0L, false, true, null));
        f.accept("ro");

        f.place(market("cut", Side.SELL, "0.5"));
        f.fill("cut", Side.SELL, "100.4", "0.5");

        assertEquals(OrderStatus.PENDING_CANCEL, f.status("ro"), "0.8 would take a 0.5 long to -0.3");
        assertTrue(f.venue.cancelled.contains("ro"));
    }

    @Test
    void whenFeeChargedInTheBaseAsset_thenPositionFeesAreInTheQuote() {
        f.place(market("b", Side.BUY, "2"));
        f.engine.handle(new EngineMessage.VenueUpdate("paper", new OrderFilled(new Fill("b", "V-b", "T-b",
                "BTCUSDT", Side.BUY, new BigDecimal("100"), new BigDecimal("2"), new BigDecimal("0.002"), "BTC",
                Liquidity.TAKER, 1L))));

        assertEquals(0, new BigDecimal("0.2").compareTo(f.engine.portfolio().position("BTCUSDT")
                .orElseThrow().fees()), "0.002 BTC at 100 = 0.2 USDT");
    }

    @Test
    void whenHeldOrderCancelled_thenCanceledWithoutTheVenue() {
        f.place(limit("x", Side.BUY, "1", "90"));
        givenLong("1");
        f.place(conditional("sl", Side.SELL, OrderType.STOP_MARKET, "1", null, "95", true));

        f.engine.handle(new Command.CancelOrder("BTCUSDT", "sl"));

        assertEquals(OrderStatus.CANCELED, f.status("sl"));
        assertFalse(f.venue.cancelled.contains("sl"));
        f.trade("90");
        assertNull(f.venue.placed.stream().filter(r -> r.clientOrderId().equals("sl")).findAny().orElse(null));
    }
}
