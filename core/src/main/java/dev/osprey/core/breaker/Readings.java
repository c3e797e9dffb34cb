package dev.osprey.core.breaker;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/** Turns metrics into the value each condition compares with its threshold. */
final class Readings {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Readings() {
    }

    /**
     * One reading per venue for a venue-scoped trigger, otherwise at most one (the worst venue or symbol).
     * Empty when the metrics cannot say (no reference equity, no venue reports): no reading is not a clear reading.
     */
    static List<Reading> of(Trigger t, PortfolioMetrics m, int minCorrelationSamples) {
        return switch (t.condition()) {
            case DAILY_LOSS_PCT -> percentBelow(m.dayStartEquity(), m.equity(), "day-start");
            case DRAWDOWN_PCT -> percentBelow(m.peakEquity(), m.equity(), "peak");
            case CONSECUTIVE_LOSSES -> List.of(Reading.of("", BigDecimal.valueOf(m.consecutiveLosses()),
                    m.consecutiveLosses() + " losing round-trips in a row"));
            case API_ERROR_RATE -> venues(t, m, h -> BigDecimal.valueOf(h.errorRate()), "error rate");
            case API_LATENCY_MS -> venues(t, m, h -> BigDecimal.valueOf(h.latencyP99Ms()), "p99 latency ms");
            case HEARTBEAT_MISSED_INTERVALS -> venues(t, m, Readings::missedIntervals, "heartbeat intervals missed");
            case DATA_STALE_MS -> stale(t, m);
            case CORRELATION -> correlation(t, m, minCorrelationSamples);
            case MANUAL -> List.of();
        };
    }

    private static List<Reading> percentBelow(BigDecimal reference, BigDecimal equity, String what) {
        if (reference.signum() <= 0) {
            return List.of();
        }
        BigDecimal pct = reference.subtract(equity).multiply(HUNDRED).divide(reference, MathContext.DECIMAL64);
        return List.of(Reading.of("", pct, pct.setScale(2, RoundingMode.HALF_UP).toPlainString() + " % below "
                + what + " equity " + plain(reference) + " (now " + plain(equity) + ")"));
    }

    private static BigDecimal missedIntervals(PortfolioMetrics.VenueHealth h) {
        return h.heartbeatIntervalMs() <= 0 ? null : BigDecimal.valueOf(h.msSinceHeartbeat())
                .divide(BigDecimal.valueOf(h.heartbeatIntervalMs()), MathContext.DECIMAL64);
    }

    private static List<Reading> venues(Trigger t, PortfolioMetrics m,
                                        Function<PortfolioMetrics.VenueHealth, BigDecimal> read, String what) {
        List<Reading> out = new ArrayList<>();
        for (Map.Entry<String, PortfolioMetrics.VenueHealth> e : new TreeMap<>(m.venues()).entrySet()) {
            BigDecimal v = read.apply(e.getValue());
            if (v != null) {
                out.add(Reading.of(t.perVenue() ? e.getKey() : "", v,
                        "venue " + e.getKey() + " " + what + " " + plain(v)));
            }
        }
        if (t.perVenue() || out.isEmpty()) {
            return out;
        }
        return List.of(out.stream().max((a, b) -> a.value().compareTo(b.value())).orElseThrow());
    }

    private static List<Reading> stale(Trigger t, PortfolioMetrics m) {
        long worst = 0;
        TreeSet<String> over = new TreeSet<>();
        for (Map.Entry<String, Long> e : m.dataAgeMs().entrySet()) {
            worst = Math.max(worst, e.getValue());
            if (t.reaches(BigDecimal.valueOf(e.getValue()))) {
                over.add(e.getKey());
            }
        }
        return List.of(new Reading("", BigDecimal.valueOf(worst), "market data " + worst + " ms old"
                + (over.isEmpty() ? "" : " on " + over), over));
    }

    /** No pair to correlate is a clear reading (0), not a missing one: one position cannot be concentrated. */
    private static List<Reading> correlation(Trigger t, PortfolioMetrics m, int minSamples) {
        double worst = 0;
        TreeSet<String> over = new TreeSet<>();
        List<String> pairs = new ArrayList<>();
        for (Correlation.Pair p : Correlation.pairs(m.positions(), minSamples)) {
            worst = Math.max(worst, p.r());
            if (t.reaches(BigDecimal.valueOf(p.r()))) {
                over.add(p.first());
                over.add(p.second());
                pairs.add(p.first() + "/" + p.second() + " " + String.format(Locale.ROOT, "%.2f", p.r()));
            }
        }
        String detail = pairs.isEmpty() ? String.format(Locale.ROOT, "highest correlation %.2f", worst)
                : "correlated positions " + String.join(", ", pairs);
        return List.of(new Reading("", BigDecimal.valueOf(worst), detail, over));
    }

    static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }
}
