package dev.osprey.replay;

import java.util.ArrayList;
import java.util.List;

/** A clock that never sleeps: waiting just moves its time on and is recorded. */
final class FakePacingClock implements PacingClock {
    private long nowNanos = 5_000_000_000L;
    private final List<Long> waits = new ArrayList<>();

    @Override
    public synchronized long nanoTime() {
        return nowNanos;
    }

    @Override
    public synchronized void sleepNanos(long nanos) {
        waits.add(nanos);
        nowNanos += nanos;
    }

    /** Time spent elsewhere, e.g. a slow consumer. */
    synchronized void advanceMillis(long millis) {
        nowNanos += millis * 1_000_000;
    }

    synchronized List<Long> waitsMillis() {
        return waits.stream().map(n -> n / 1_000_000).toList();
    }
}
