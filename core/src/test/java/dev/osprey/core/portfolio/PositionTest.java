package dev.osprey.core.portfolio;

import dev.osprey.core.order.Fill;
import dev.osprey.core.order.Liquidity;
import dev.osprey.core.order.Side;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PositionTest {

    private static Fill fill(Side side, String price, String qty, String fee) {
        return new Fill("c", "v", "t", "BTCUSDT", side, new BigDecimal(price), new BigDecimal(qty),
                new BigDecimal(fee), "USDT", Liquidity.TAKER, 0);
    }

    private static void assertNum(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), "expected " + expected + " got " + actual);
    }

    @Test
    void whenTwoBuys_thenAveragePriceIsVolumeWeighted() {
        Position p = Position.flat("BTCUSDT").apply(fill(Side.BUY, "100", "1", "0.1"))
                .apply(fill(Side.BUY, "110", "3", "0.33"));
        assertNum("4", p.qty());
        assertNum("107.5", p.avgPrice());
        assertNum("0.43", p.fees());
        assertNum("0", p.realizedPnl());
        assertNum("10", p.unrealizedPnl(new BigDecimal("110")));
    }

    @Test
    void whenPartlySold_thenRealisedAgainstAverage_andAverageUnchanged() {
        Position p = Position.flat("BTCUSDT").apply(fill(Side.BUY, "100", "2", "0"))
                .apply(fill(Side.SELL, "130", "0.5", "0.065"));
        assertNum("1.5", p.qty());
        assertNum("100", p.avgPrice());
        assertNum("15", p.realizedPnl());
        assertNum("0.065", p.fees());
    }

    @Test
    void whenSoldThroughZero_thenFlipsShortAtFillPrice() {
        Position p = Position.flat("BTCUSDT").apply(fill(Side.BUY, "100", "1", "0"))
                .apply(fill(Side.SELL, "90", "3", "0"));
        assertNum("-2", p.qty());
        assertNum("90", p.avgPrice());
        assertNum("-10", p.realizedPnl());
        assertNum("20", p.unrealizedPnl(new BigDecimal("80")));
    }

    @Test
    void whenClosedExactly_thenFlatWithNoUnrealised() {
        Position p = Position.flat("BTCUSDT").apply(fill(Side.BUY, "100", "1", "0"))
                .apply(fill(Side.SELL, "105", "1", "0"));
        assertEquals(true, p.isFlat());
        assertNum("5", p.realizedPnl());
        assertNum("0", p.unrealizedPnl(new BigDecimal("200")));
    }
}
