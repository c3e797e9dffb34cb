package dev.osprey.binance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.osprey.core.order.OrderRequest;
import dev.osprey.core.order.OrderStatus;
import dev.osprey.core.order.OrderType;
import dev.osprey.core.order.RejectReason;
import dev.osprey.core.order.Side;
import dev.osprey.core.order.TimeInForce;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The pure static mappings: order parameters, statuses, error kinds, rejections, back-off and rate budget. */
class PureMappingTest {

    @Test
    void whenALimitOrderIsMapped_thenBinanceGetsItsTypeTifPriceAndOurClientId() {
        // Arrange
        OrderRequest r = new OrderRequest("osp-1", "BTCUSDT", Side.SELL, OrderType.LIMIT, new BigDecimal("0.01000"),
                new BigDecimal("61000.10"), null, TimeInForce.IOC, 0, false, false, null);
        // Act
        Map<String, String> p = BinanceOrders.newOrderParams(r);
        // Assert
        assertEquals(Map.of("symbol", "BTCUSDT", "side", "SELL", "type", "LIMIT", "timeInForce", "IOC",
                "price", "61000.1", "quantity", "0.01", "newClientOrderId", "osp-1", "newOrderRespType", "FULL"), p);
    }

    @Test
    void whenAPostOnlyLimitOrGtdOrStopIsMapped_thenLimitMakerGtcOrARefusal() {
        // Arrange
        OrderRequest postOnly = new OrderRequest("a", "BTCUSDT", Side.BUY, OrderType.LIMIT, BigDecimal.ONE,
                BigDecimal.TEN, null, TimeInForce.GTC, 0, true, false, null);
        OrderRequest gtd = new OrderRequest("b", "BTCUSDT", Side.BUY, OrderType.LIMIT, BigDecimal.ONE,
                BigDecimal.TEN, null, TimeInForce.GTD, 99, false, false, null);
        OrderRequest stop = new OrderRequest("c", "BTCUSDT", Side.BUY, OrderType.STOP_MARKET, BigDecimal.ONE, null,
                BigDecimal.TEN, TimeInForce.GTC, 0, false, false, null);
        // Act + Assert
        assertEquals("LIMIT_MAKER", BinanceOrders.newOrderParams(postOnly).get("type"));
        assertEquals(null, BinanceOrders.newOrderParams(postOnly).get("timeInForce"));
        assertEquals("GTC", BinanceOrders.newOrderParams(gtd).get("timeInForce"));
        assertThrows(IllegalArgumentException.class, () -> BinanceOrders.newOrderParams(stop));
    }

    @Test
    void whenBinanceStatusesAreRead_thenEachHasItsCoreStatus() {
        assertEquals(OrderStatus.ACCEPTED, BinanceOrders.status("NEW"));
        assertEquals(OrderStatus.PARTIALLY_FILLED, BinanceOrders.status("PARTIALLY_FILLED"));
        assertEquals(OrderStatus.FILLED, BinanceOrders.status("FILLED"));
        assertEquals(OrderStatus.CANCELED, BinanceOrders.status("CANCELED"));
        assertEquals(OrderStatus.REJECTED, BinanceOrders.status("REJECTED"));
        assertEquals(OrderStatus.EXPIRED, BinanceOrders.status("EXPIRED_IN_MATCH"));
        assertEquals(OrderType.LIMIT, BinanceOrders.type("LIMIT_MAKER").orElseThrow());
        assertTrue(BinanceOrders.type("STOP_LOSS_LIMIT").isEmpty());
    }

    @Test
    void whenErrorsAreClassified_thenEachCodeHasItsKind() {
        assertEquals(ApiErrorKind.RATE_LIMITED, ApiErrors.classify(429, -1003, ""));
        assertEquals(ApiErrorKind.IP_BANNED, ApiErrors.classify(418, -1003, ""));
        assertEquals(ApiErrorKind.CLOCK_SKEW, ApiErrors.classify(400, -1021, ""));
        assertEquals(ApiErrorKind.BAD_CREDENTIALS, ApiErrors.classify(400, -1022, ""));
        assertEquals(ApiErrorKind.BAD_CREDENTIALS, ApiErrors.classify(401, -2015, ""));
        assertEquals(ApiErrorKind.INSUFFICIENT_BALANCE,
                ApiErrors.classify(400, -2010, "Account has insufficient balance for requested action."));
        assertEquals(ApiErrorKind.ORDER_REJECTED, ApiErrors.classify(400, -2010, "Order would immediately match"));
        assertEquals(ApiErrorKind.UNKNOWN_ORDER, ApiErrors.classify(400, -2011, ""));
        assertEquals(ApiErrorKind.UNKNOWN_ORDER, ApiErrors.classify(400, -2013, ""));
        assertEquals(ApiErrorKind.FILTER_FAILURE, ApiErrors.classify(400, -1013, "Filter failure: NOTIONAL"));
        assertEquals(ApiErrorKind.SERVER_ERROR, ApiErrors.classify(503, 0, ""));
        assertEquals(ApiErrorKind.SERVER_ERROR, ApiErrors.classify(400, -1007, ""));
        assertTrue(ApiErrorKind.TIMEOUT.outcomeUnknown());
        assertTrue(!ApiErrorKind.NOT_SENT.outcomeUnknown());
    }

    @Test
    void whenRefusalsBecomeRejections_thenTheTraderReadsWhatToFix() {
        assertEquals("NOTIONAL", BinanceRejections.filterName("Filter failure: NOTIONAL"));
        assertEquals(RejectReason.DUPLICATE_CLIENT_ID, BinanceRejections.of(new BinanceApiException(
                ApiErrorKind.ORDER_REJECTED, 400, -2010, "Duplicate order sent.", 0)).reason());
        assertTrue(BinanceRejections.of(new BinanceApiException(ApiErrorKind.TIMEOUT, 0, 0, "late", 0)).detail()
                .startsWith("outcome unknown"));
    }

    @Test
    void whenBackingOff_thenWaitsGrowWithJitterUpToTheCapAndResetAfterwards() {
        // Arrange: the jitter source returns its maximum, so each wait is its ceiling
        Backoff b = new Backoff(java.time.Duration.ofMillis(100), java.time.Duration.ofMillis(1000), () -> 1.0);
        // Act + Assert
        assertEquals(100, b.nextDelayMs());
        assertEquals(200, b.nextDelayMs());
        assertEquals(400, b.nextDelayMs());
        assertEquals(800, b.nextDelayMs());
        assertEquals(1000, b.nextDelayMs());
        b.reset();
        assertEquals(100, new Backoff(java.time.Duration.ofMillis(100), java.time.Duration.ofMillis(1000), () -> 0.0)
                .nextDelayMs());
        assertEquals(100, b.nextDelayMs());
    }

    @Test
    void whenTheOrderLimitIsReached_thenTheNextOrderWaitsForTheWindowAndHeadersCountToo() {
        // Arrange
        RateBudget budget = new RateBudget();
        budget.limit("ORDERS", "SECOND", 10, 2);
        budget.limit("REQUEST_WEIGHT", "MINUTE", 1, 100);
        long t = 1_000_000_000_000L;
        // Act + Assert
        assertEquals(0, budget.admit(1, true, t));
        assertEquals(0, budget.admit(1, true, t + 1));
        assertEquals(10_000 - 2, budget.admit(1, true, t + 2));
        assertEquals(0, budget.admit(1, true, t + 10_000));
        budget.observe("99", null, null, t + 10_001);
        assertTrue(budget.admit(5, false, t + 10_002) > 0, "Binance says 99 of 100 used");
    }
}
