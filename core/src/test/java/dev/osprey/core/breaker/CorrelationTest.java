package dev.osprey.core.breaker;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pearson's r against values worked by hand. */
class CorrelationTest {
    private static final double EPS = 1e-12;

    @Test
    void whenSeriesMoveInLockstep_thenOne() {
        assertEquals(1.0, r(new double[]{1, 2, 3, 4, 5}, new double[]{2, 4, 6, 8, 10}), EPS);
    }

    @Test
    void whenSeriesMirror_thenMinusOne() {
        assertEquals(-1.0, r(new double[]{1, 2, 3, 4, 5}, new double[]{10, 8, 6, 4, 2}), EPS);
    }

    @Test
    void whenThreePoints_thenHalf() {
        // means 2 and 2; deviations (-1,0,1) and (-1,1,0): sum of products 1, sums of squares 2 and 2 -> 1/2
        assertEquals(0.5, r(new double[]{1, 2, 3}, new double[]{1, 3, 2}), EPS);
    }

    @Test
    void whenFourPoints_thenThreeFifths() {
        // means 2.5; deviations (-1.5,-.5,.5,1.5) and (-.5,-1.5,1.5,.5): products sum to 3, squares to 5 -> 3/5
        assertEquals(0.6, r(new double[]{1, 2, 3, 4}, new double[]{2, 1, 4, 3}), EPS);
    }

    @Test
    void whenLengthsDiffer_thenAlignedAtNewestEnd() {
        assertEquals(0.5, r(new double[]{9, 1, 2, 3}, new double[]{1, 3, 2}), EPS);
    }

    @Test
    void whenSeriesIsFlatOrTooShort_thenUndefined() {
        assertEquals(OptionalDouble.empty(), Correlation.pearson(new double[]{1, 1, 1}, new double[]{1, 2, 3}));
        assertEquals(OptionalDouble.empty(), Correlation.pearson(new double[]{1}, new double[]{2}));
    }

    @Test
    void whenReturnsAreTiny_thenStillExact() {
        double[] x = {1e-4, 2e-4, 3e-4};
        double[] y = {1e-4, 3e-4, 2e-4};

        assertEquals(0.5, r(x, y), 1e-9);
    }

    @Test
    void whenPairingPositions_thenEveryPairWithEnoughSamples() {
        List<PortfolioMetrics.PositionReturns> positions = List.of(
                returns("BTCUSDT", 1, 2, 3, 4), returns("ETHUSDT", 2, 1, 4, 3), returns("SOLUSDT", 1, 2));

        List<Correlation.Pair> pairs = Correlation.pairs(positions, 3);

        assertEquals(1, pairs.size(), "SOLUSDT has too few returns");
        assertEquals("BTCUSDT", pairs.get(0).first());
        assertEquals("ETHUSDT", pairs.get(0).second());
        assertEquals(0.6, pairs.get(0).r(), EPS);
        assertTrue(Correlation.pairs(positions.subList(0, 1), 3).isEmpty());
    }

    private static double r(double[] x, double[] y) {
        return Correlation.pearson(x, y).orElseThrow();
    }

    private static PortfolioMetrics.PositionReturns returns(String symbol, double... r) {
        return new PortfolioMetrics.PositionReturns(symbol, Arrays.stream(r).boxed().toList());
    }
}
