package dev.osprey.core.instrument;

import dev.osprey.core.order.OrderType;
import dev.osprey.core.order.RejectReason;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OrderRulesTest {
    static final Instrument BTC = new Instrument("BTCUSDT", "BTC", "USDT", new BigDecimal("0.01"),
            new BigDecimal("0.00001"), new BigDecimal("0.00001"), new BigDecimal("9000"), new BigDecimal("5"));

    private static List<RejectReason> reasons(OrderType type, String qty, String price, String ref) {
        return OrderRules.check(BTC, type, qty == null ? null : new BigDecimal(qty),
                        price == null ? null : new BigDecimal(price), ref == null ? null : new BigDecimal(ref))
                .stream().map(v -> v.rejection().reason()).toList();
    }

    @Test
    void whenOrderFollowsEveryRule_thenNoViolation() {
        assertTrue(reasons(OrderType.LIMIT, "0.001", "61000.01", null).isEmpty());
        assertTrue(reasons(OrderType.MARKET, "0.0001", null, "60000").isEmpty());
    }

    @Test
    void whenQuantityBreaksARule_thenItsOwnReason() {
        assertEquals(List.of(RejectReason.QTY_NOT_POSITIVE), reasons(OrderType.LIMIT, "0", "60000", null));
        assertEquals(List.of(RejectReason.QTY_BELOW_MIN), reasons(OrderType.LIMIT, "0.000001", "60000", null));
        assertEquals(List.of(RejectReason.QTY_NOT_LOT_MULTIPLE), reasons(OrderType.LIMIT, "0.000015", "60000", null));
        assertEquals(List.of(RejectReason.QTY_ABOVE_MAX), reasons(OrderType.LIMIT, "9000.1", "60000", null));
    }

    @Test
    void whenPriceBreaksARule_thenItsOwnReason() {
        assertEquals(List.of(RejectReason.PRICE_REQUIRED), reasons(OrderType.LIMIT, "0.001", null, null));
        assertEquals(List.of(RejectReason.PRICE_NOT_POSITIVE), reasons(OrderType.LIMIT, "0.001", "-1", null));
        assertEquals(List.of(RejectReason.PRICE_NOT_TICK_MULTIPLE), reasons(OrderType.LIMIT, "0.001", "60000.005", null));
    }

    @Test
    void whenValueTooSmall_thenNotionalBelowMin_andMarketWithoutPriceNeedsTheBook() {
        assertEquals(List.of(RejectReason.NOTIONAL_BELOW_MIN), reasons(OrderType.LIMIT, "0.00001", "60000", null));
        assertEquals(List.of(RejectReason.NO_MARKET_PRICE), reasons(OrderType.MARKET, "0.001", null, null));
        assertEquals(List.of(RejectReason.QTY_BELOW_MIN, RejectReason.PRICE_NOT_TICK_MULTIPLE),
                reasons(OrderType.LIMIT, "0.000001", "1.001", null));
    }
}
