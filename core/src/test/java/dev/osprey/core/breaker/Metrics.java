package dev.osprey.core.breaker;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Builds {@link PortfolioMetrics} for tests: a calm 10,000 account unless a test says otherwise. */
final class Metrics {
    /** Three return series with zero correlation to each other (24 points, periods 2, 4 and 8). */
    static final double[] FAST = series(24, 1);
    static final double[] MEDIUM = series(24, 2);
    static final double[] SLOW = series(24, 4);

    private long now;
    private BigDecimal equity = new BigDecimal("10000");
    private BigDecimal dayStart = equity;
    private BigDecimal peak = equity;
    private int losses;
    private final Map<String, PortfolioMetrics.VenueHealth> venues = new TreeMap<>();
    private final Map<String, Long> dataAge = new TreeMap<>();
    private final Map<String, PortfolioMetrics.PositionReturns> positions = new TreeMap<>();
    private final Map<String, Double> vol = new TreeMap<>();

    static Metrics calm() {
        return new Metrics();
    }

    Metrics at(long ms) {
        now = ms;
        return this;
    }

    Metrics equity(String v) {
        equity = new BigDecimal(v);
        return this;
    }

    Metrics dayStart(String v) {
        dayStart = new BigDecimal(v);
        return this;
    }

    Metrics peak(String v) {
        peak = new BigDecimal(v);
        return this;
    }

    Metrics losses(int n) {
        losses = n;
        return this;
    }

    Metrics venue(String name, double errorRate, long p99Ms, long msSinceHeartbeat, long heartbeatIntervalMs) {
        venues.put(name, new PortfolioMetrics.VenueHealth(errorRate, p99Ms, msSinceHeartbeat, heartbeatIntervalMs));
        return this;
    }

    Metrics dataAge(String symbol, long ms) {
        dataAge.put(symbol, ms);
        return this;
    }

    Metrics position(String symbol, double... returns) {
        positions.put(symbol, new PortfolioMetrics.PositionReturns(symbol,
                Arrays.stream(returns).boxed().toList()));
        return this;
    }

    Metrics vol(String symbol, double realised) {
        vol.put(symbol, realised);
        return this;
    }

    PortfolioMetrics build() {
        return new PortfolioMetrics(now, equity, dayStart, peak, losses, venues, dataAge,
                new ArrayList<>(positions.values()), vol);
    }

    /** Returns of +/-1 % flipping sign every {@code half} points. */
    static double[] series(int n, int half) {
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = (i / half) % 2 == 0 ? 0.01 : -0.01;
        }
        return out;
    }

    static double[] scaled(double[] xs, double k) {
        return Arrays.stream(xs).map(x -> x * k).toArray();
    }

    static List<BreakerEvent.Kind> kinds(Evaluation e) {
        return e.events().stream().map(BreakerEvent::kind).toList();
    }
}
