package dev.osprey.core.engine;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Each symbol's recent returns, sampled from the mid once per {@link #INTERVAL_MS} of engine time: what the breaker
 * correlates between open positions and turns into realised volatility for size scaling. Returns are ratios, not
 * money, so they are doubles.
 */
final class ReturnWatch {
    static final long INTERVAL_MS = 60_000;
    static final int KEPT = 240;
    private static final double INTERVALS_PER_YEAR = 365.0 * 24 * 3_600_000 / INTERVAL_MS;

    private final Map<String, Series> bySymbol = new TreeMap<>();

    /** The mid at engine time {@code nowMs}. */
    void sample(String symbol, BigDecimal mid, long nowMs) {
        if (mid == null || mid.signum() <= 0) {
            return;
        }
        bySymbol.computeIfAbsent(symbol, s -> new Series()).sample(mid.doubleValue(), nowMs / INTERVAL_MS);
    }

    /** Oldest first. */
    List<Double> returns(String symbol) {
        Series s = bySymbol.get(symbol);
        return s == null ? List.of() : List.copyOf(s.returns);
    }

    /** Annualised realised volatility (a fraction) per symbol with at least {@code minSamples} returns. */
    Map<String, Double> volatility(int minSamples) {
        Map<String, Double> out = new TreeMap<>();
        bySymbol.forEach((symbol, s) -> {
            if (s.returns.size() >= minSamples) {
                out.put(symbol, s.stdev() * Math.sqrt(INTERVALS_PER_YEAR));
            }
        });
        return out;
    }

    /** Close-to-close returns: the last mid seen in each interval is its close. */
    private static final class Series {
        final Deque<Double> returns = new ArrayDeque<>();
        long interval = Long.MIN_VALUE;
        double close;
        double closed;
        boolean hasClosed;

        void sample(double mid, long at) {
            if (at < interval) {
                // A looping replay jumps back in time: start over rather than take a return across the jump.
                hasClosed = false;
            } else if (at > interval && interval != Long.MIN_VALUE) {
                if (hasClosed) {
                    returns.addLast(Math.log(close / closed));
                    if (returns.size() > KEPT) {
                        returns.removeFirst();
                    }
                }
                closed = close;
                hasClosed = true;
            }
            interval = at;
            close = mid;
        }

        double stdev() {
            double mean = returns.stream().mapToDouble(Double::doubleValue).average().orElse(0);
            double ss = returns.stream().mapToDouble(r -> (r - mean) * (r - mean)).sum();
            return Math.sqrt(ss / Math.max(1, returns.size() - 1));
        }
    }
}
