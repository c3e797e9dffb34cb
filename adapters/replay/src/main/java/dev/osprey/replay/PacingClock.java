package dev.osprey.replay;

import java.util.concurrent.TimeUnit;

/** Wall time and waiting for a paced replay; tests give a fake one so they never sleep. */
public interface PacingClock {

    PacingClock SYSTEM = new PacingClock() {
        @Override
        public long nanoTime() {
            return System.nanoTime();
        }

        @Override
        public void sleepNanos(long nanos) throws InterruptedException {
            TimeUnit.NANOSECONDS.sleep(nanos);
        }
    };

    long nanoTime();

    /** Waits; an interrupt (the feed closing) ends the wait with InterruptedException. */
    void sleepNanos(long nanos) throws InterruptedException;
}
