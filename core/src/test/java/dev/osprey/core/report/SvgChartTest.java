package dev.osprey.core.report;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

class SvgChartTest {

    @Test
    void whenASeriesIsLongerThanTheChartIsWide_thenItIsThinned_butItsPeakAndTroughAreKept() {
        int n = 100_000;
        long[] times = new long[n];
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            times[i] = i * 1_000L;
            values[i] = 100 + (i % 2);
        }
        values[12_345] = 150;
        values[67_890] = 50;

        String svg = SvgChart.line("Equity", times, values, "#000");

        String points = svg.substring(svg.indexOf("points=\"") + 8, svg.indexOf("\"/>", svg.indexOf("points=\"")));
        String[] xy = points.split(" ");
        assertTrue(xy.length <= 2 * 625, "at most two points per pixel column, not " + xy.length);
        assertTrue(points.contains(",48.0 "), "the peak reaches the top of the plot (y = 48)");
        assertTrue(points.contains(",172.0 "), "the trough reaches the bottom of the plot (y = 220 - 48)");
    }
}
