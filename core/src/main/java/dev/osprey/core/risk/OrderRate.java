package dev.osprey.core.risk;

/** Orders accepted in the last second, kept as a ring of their times (nanoseconds). */
final class OrderRate {
    private static final long SECOND = 1_000_000_000L;
    private long[] times = new long[0];
    private int next;

    /** Whether one more order now would exceed {@code limit} in the last second. */
    boolean wouldExceed(int limit, long nowNanos) {
        if (times.length != limit) {
            times = new long[limit];
            java.util.Arrays.fill(times, Long.MIN_VALUE);
            next = 0;
        }
        long oldest = times[next];
        return oldest != Long.MIN_VALUE && nowNanos - oldest < SECOND;
    }

    void record(long nowNanos) {
        if (times.length > 0) {
            times[next] = nowNanos;
            next = (next + 1) % times.length;
        }
    }
}
