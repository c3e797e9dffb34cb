package dev.osprey.core.breaker;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/** Pearson correlation of return series, and the position pairs that move together. */
public final class Correlation {

    /** Two positions and how closely their returns move together. */
    public record Pair(String first, String second, double r) {
    }

    private Correlation() {
    }

    /**
     * Pearson's r over the series aligned at their newest end: the last min(x.length, y.length) points of each.
     * Empty with fewer than two points or when a series is flat (r is undefined, not zero).
     */
    public static OptionalDouble pearson(double[] x, double[] y) {
        int n = Math.min(x.length, y.length);
        if (n < 2) {
            return OptionalDouble.empty();
        }
        int ox = x.length - n;
        int oy = y.length - n;
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += x[ox + i];
            my += y[oy + i];
        }
        mx /= n;
        my /= n;
        // Two passes (means first) keep small returns from cancelling out in the sums.
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            double dx = x[ox + i] - mx;
            double dy = y[oy + i] - my;
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
        }
        if (sxx == 0 || syy == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy))));
    }

    /** Every pair of positions with at least {@code minSamples} aligned returns and a defined r. */
    public static List<Pair> pairs(List<PortfolioMetrics.PositionReturns> positions, int minSamples) {
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < positions.size(); i++) {
            for (int j = i + 1; j < positions.size(); j++) {
                double[] x = toArray(positions.get(i).returns());
                double[] y = toArray(positions.get(j).returns());
                if (Math.min(x.length, y.length) < minSamples) {
                    continue;
                }
                OptionalDouble r = pearson(x, y);
                if (r.isPresent()) {
                    pairs.add(new Pair(positions.get(i).symbol(), positions.get(j).symbol(), r.getAsDouble()));
                }
            }
        }
        return pairs;
    }

    private static double[] toArray(List<Double> values) {
        double[] a = new double[values.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = values.get(i);
        }
        return a;
    }
}
