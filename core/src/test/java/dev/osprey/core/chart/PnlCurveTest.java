package dev.osprey.core.chart;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PnlCurveTest {

    private static List<Long> times(PnlCurve c) {
        return c.points().stream().map(PnlPoint::timeMs).toList();
    }

    @Test
    void whenSampledFasterThanTheStep_thenOnePointPerStep() {
        PnlCurve curve = new PnlCurve(1_000, 100);

        for (long t = 0; t < 3_000; t += 100) {
            curve.sample(t, BigDecimal.valueOf(t));
        }

        assertEquals(List.of(0L, 1_000L, 2_000L), times(curve));
        assertEquals(0, new BigDecimal("2000").compareTo(curve.points().get(2).pnl()));
    }

    @Test
    void whenFull_thenTheOldestPointGoes() {
        PnlCurve curve = new PnlCurve(1, 3);

        for (long t = 0; t < 5; t++) {
            curve.sample(t, BigDecimal.ONE);
        }

        assertEquals(List.of(2L, 3L, 4L), times(curve));
    }

    @Test
    void whenEngineTimeGoesBack_thenTheCurveStartsOver() {
        PnlCurve curve = new PnlCurve(1, 10);
        curve.sample(5_000, BigDecimal.ONE);

        curve.sample(1_000, BigDecimal.TEN);

        assertEquals(List.of(1_000L), times(curve));
    }
}
