package dev.osprey.core.market;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ScaledTest {

    @Test
    void whenBinancePriceParsed_thenFormatGivesTheSameText() {
        assertEquals("61837.63000000", Scaled.format(Scaled.parse("61837.63000000")));
        assertEquals("0.00001000", Scaled.format(Scaled.parse("0.00001")));
        assertEquals(6_183_763_000_000L, Scaled.parse("61837.63"));
    }

    @Test
    void whenNegativeOrInteger_thenParsedExactly() {
        assertEquals(-150_000_000L, Scaled.parse("-1.5"));
        assertEquals(700_000_000L, Scaled.parse("7"));
        assertEquals(new BigDecimal("-1.50000000"), Scaled.toBigDecimal(Scaled.parse("-1.5")));
    }

    @Test
    void whenTextIsNotAPlainDecimal_thenRejected() {
        assertThrows(NumberFormatException.class, () -> Scaled.parse("1e5"));
        assertThrows(NumberFormatException.class, () -> Scaled.parse("1.2.3"));
        assertThrows(NumberFormatException.class, () -> Scaled.parse(""));
        assertThrows(NumberFormatException.class, () -> Scaled.parse("."));
        assertThrows(NumberFormatException.class, () -> Scaled.parse("0.000000001"));
    }

    @Test
    void whenNoPriceSentinelFormatted_thenRefusedRatherThanGarbage() {
        assertThrows(IllegalArgumentException.class, () -> Scaled.format(OrderBook.NO_PRICE));
    }

    @Test
    void whenBigDecimalHasTooManyDecimals_thenOfRefuses() {
        assertEquals(12_345L, Scaled.of(new BigDecimal("0.00012345")));
        assertThrows(ArithmeticException.class, () -> Scaled.of(new BigDecimal("0.000000001")));
    }
}
