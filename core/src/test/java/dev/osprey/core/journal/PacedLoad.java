package dev.osprey.core.journal;

import dev.osprey.core.audit.AuditKind;
import dev.osprey.core.audit.AuditRecord;
import dev.osprey.core.audit.AuditTrail;
import org.HdrHistogram.Histogram;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * One producer thread (as the engine is) offering order intents to the writer at a fixed rate, open loop: the
 * latency of each intent runs from the moment it was due to be sent, not from when the producer got round to it,
 * so a stall in the writer shows in the figures instead of slowing the load down (no coordinated omission).
 */
final class PacedLoad {
    /** What one run measured. */
    record Result(long intents, long refused, double seconds, long batches, Histogram latencyNs) {
        double perSecond() {
            return intents / seconds;
        }

        String line(String label) {
            return String.format("%-34s %,9d intents %7.2f s %,10.0f/s  refused %,d  batches %,7d (avg %6.1f)"
                            + "  latency us p50 %,7.0f  p90 %,7.0f  p99 %,7.0f  p99.9 %,7.0f  max %,8.0f",
                    label, intents, seconds, perSecond(), refused, batches, (double) intents / Math.max(1, batches),
                    us(50), us(90), us(99), us(99.9), latencyNs.getMaxValue() / 1e3);
        }

        private double us(double percentile) {
            return latencyNs.getValueAtPercentile(percentile) / 1e3;
        }
    }

    private static final long TICK_NS = 200_000;

    private final JournalWriter writer;
    private final AuditTrail audit;
    private int nextId = 1;

    /** @param audit when not null, every intent also writes an ORDER_INTENT audit record in the same batch */
    PacedLoad(JournalWriter writer, AuditTrail audit) {
        this.writer = writer;
        this.audit = audit;
    }

    /**
     * Offers {@code count} intents at {@code ratePerSecond} (0: as fast as the writer takes them, keeping at most
     * {@code window} in flight) and waits until every one is durable.
     */
    Result run(int count, int ratePerSecond, int window) throws InterruptedException {
        int firstId = nextId;
        nextId += count;
        long[] due = new long[count];
        long[] durable = new long[count];
        CountDownLatch done = new CountDownLatch(count);
        long batchesBefore = writer.batchesCommitted();
        long intervalNs = ratePerSecond == 0 ? 0 : TimeUnit.SECONDS.toNanos(1) / ratePerSecond;
        long start = System.nanoTime();
        CompletableFuture<Long> previous = CompletableFuture.completedFuture(0L);
        CompletableFuture<?>[] inFlight = new CompletableFuture<?>[Math.max(1, window)];
        for (int i = 0; i < count; i++) {
            long t = intervalNs == 0 ? System.nanoTime() : waitUntil(start + i * intervalNs);
            if (intervalNs == 0 && i >= window) {
                inFlight[i % window].join();
            }
            due[i] = t;
            int n = i;
            JournalEntry entry = Messages.intent(firstId + i);
            if (audit != null) {
                audit.record(new AuditRecord(entry.timeMs(), AuditKind.ORDER_INTENT, "bench", "paced load",
                        Map.of("clientOrderId", "c" + (firstId + i))));
            }
            previous = writer.append(entry);
            previous.whenComplete((seq, error) -> {
                durable[n] = error == null ? System.nanoTime() : -1;
                done.countDown();
            });
            inFlight[i % inFlight.length] = previous;
        }
        if (!done.await(5, TimeUnit.MINUTES)) {
            throw new IllegalStateException("intents not durable after 5 minutes");
        }
        long end = System.nanoTime();
        if (writer.failure().isPresent()) {
            throw new IllegalStateException("the writer failed", writer.failure().get());
        }
        Histogram h = new Histogram(TimeUnit.SECONDS.toNanos(60), 3);
        long refused = 0;
        for (int i = 0; i < count; i++) {
            if (durable[i] < 0) {
                // Refused at once (queue full): the engine would refuse that order; no durable latency to count.
                refused++;
            } else {
                h.recordValue(Math.max(0, durable[i] - due[i]));
            }
        }
        return new Result(count - refused, refused, (end - start) / 1e9, writer.batchesCommitted() - batchesBefore, h);
    }

    /**
     * Sleeps until {@code dueNs} unless it is less than a tick away. The producer then sends what fell due during
     * its sleep as a burst, like an engine draining its queue, instead of burning a CPU in a spin loop (on a small
     * machine that CPU is the writer's). Latency is still counted from each intent's own due time.
     */
    private static long waitUntil(long dueNs) {
        long left = dueNs - System.nanoTime();
        if (left > TICK_NS) {
            LockSupport.parkNanos(left);
        }
        return dueNs;
    }
}
