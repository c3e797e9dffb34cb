package dev.osprey.core.engine;

import java.util.Arrays;

/**
 * The last {@link #CAPACITY} samples of one latency, in nanoseconds, and their p50/p99. Engine thread only; the
 * percentiles are worked out once per snapshot, and only when a sample came in since.
 */
final class LatencyWindow {
    static final int CAPACITY = 1024;

    private final long[] samples = new long[CAPACITY];
    private int size;
    private int next;
    private long total;
    private DeskMetrics.Latency figures = DeskMetrics.Latency.NONE;
    private boolean changed;

    void add(long nanos) {
        samples[next] = Math.max(0, nanos);
        next = (next + 1) % CAPACITY;
        size = Math.min(size + 1, CAPACITY);
        total++;
        changed = true;
    }

    DeskMetrics.Latency figures() {
        if (changed) {
            long[] sorted = Arrays.copyOf(samples, size);
            Arrays.sort(sorted);
            figures = new DeskMetrics.Latency(rank(sorted, 50), rank(sorted, 99), total);
            changed = false;
        }
        return figures;
    }

    /** Nearest-rank percentile. */
    private static long rank(long[] sorted, int percent) {
        int i = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, i)];
    }
}
