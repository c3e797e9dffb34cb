package dev.osprey.binance;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * Exponential back-off with full jitter: the n-th retry waits a random time in [min, min * 2^n], capped. The
 * randomness spreads the reconnects of many clients after a Binance outage instead of having them arrive together.
 */
final class Backoff {
    private final long minMs;
    private final long maxMs;
    private final DoubleSupplier random;
    private int attempt;

    Backoff(Duration min, Duration max, DoubleSupplier random) {
        this.minMs = Math.max(1, min.toMillis());
        this.maxMs = Math.max(minMs, max.toMillis());
        this.random = random;
    }

    Backoff(Duration min, Duration max) {
        this(min, max, Math::random);
    }

    /** The wait before the next attempt; each call doubles the ceiling up to the cap. */
    long nextDelayMs() {
        long ceiling = attempt >= 30 ? maxMs : Math.min(maxMs, minMs << attempt);
        attempt++;
        return minMs + (long) (random.getAsDouble() * (ceiling - minMs));
    }

    /** After a connection proved healthy. */
    void reset() {
        attempt = 0;
    }

    int attempts() {
        return attempt;
    }
}
