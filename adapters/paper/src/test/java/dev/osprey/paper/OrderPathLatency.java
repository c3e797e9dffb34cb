package dev.osprey.paper;

import org.HdrHistogram.Histogram;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.function.ObjIntConsumer;

/**
 * Latency of one order's round trip through the engine's logic and the paper matcher on one thread, recorded per
 * order in an HdrHistogram; orders/s over wall time and over the order thread's own CPU time (the difference is GC
 * and time the OS gave to other processes); bytes allocated per order. Batches run on a fresh {@link OrderPathRig}
 * built outside the timing. Arguments: [warm-up batches] [measured batches], default 100 and 200 batches of 2,000
 * orders per scenario. See docs/benchmarks/order-path.md.
 */
public final class OrderPathLatency {
    private static final int BATCH = 2_000;
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private OrderPathLatency() {
    }

    public static void main(String[] args) {
        int warmups = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int batches = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        System.out.printf(Locale.ROOT, "JVM: %s %s, %d processors; %d warm-up and %d measured batches of %,d%n",
                System.getProperty("java.vm.name"), System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), warmups, batches, BATCH);
        measure("resting limit placed, then canceled", OrderPathRig::restingLimitPlacedThenCanceled, warmups,
                batches);
        measure("market order filled", OrderPathRig::marketOrderFilled, warmups, batches);
        long before = THREADS.getCurrentThreadAllocatedBytes();
        new OrderPathRig(BATCH).check(0);
        System.out.printf(Locale.ROOT, "building one rig (engine, matcher, book, %,d prepared commands), warm: "
                + "%,d bytes per order; JMH's gc.alloc.rate.norm counts it, the figures above do not%n", BATCH,
                (THREADS.getCurrentThreadAllocatedBytes() - before) / BATCH);
    }

    private static void measure(String scenario, ObjIntConsumer<OrderPathRig> order, int warmups, int batches) {
        run(order, warmups, new Histogram(3));
        Histogram latency = new Histogram(3);
        long gcBefore = gcMillis();
        Totals t = run(order, batches, latency);
        System.out.printf(Locale.ROOT, "%s: %,.0f orders/s (wall), %,.0f orders/s (order thread CPU); latency p50 "
                        + "%.2f us, p99 %.2f us, p99.9 %.2f us, max %.1f us; %,d bytes allocated per order; GC %d ms "
                        + "of %d ms%n", scenario, t.orders / (t.wallNanos / 1e9), t.orders / (t.cpuNanos / 1e9),
                micros(latency, 50), micros(latency, 99), micros(latency, 99.9), latency.getMaxValue() / 1e3,
                t.allocatedBytes / t.orders, gcMillis() - gcBefore, t.wallNanos / 1_000_000);
    }

    private record Totals(long orders, long wallNanos, long cpuNanos, long allocatedBytes) {
    }

    private static Totals run(ObjIntConsumer<OrderPathRig> order, int batches, Histogram latency) {
        long wall = 0;
        long cpu = 0;
        long allocated = 0;
        for (int b = 0; b < batches; b++) {
            OrderPathRig rig = new OrderPathRig(BATCH);
            long bytesBefore = THREADS.getCurrentThreadAllocatedBytes();
            long cpuBefore = THREADS.getCurrentThreadCpuTime();
            long batchStart = System.nanoTime();
            for (int i = 0; i < BATCH; i++) {
                long start = System.nanoTime();
                order.accept(rig, i);
                latency.recordValue(System.nanoTime() - start);
            }
            wall += System.nanoTime() - batchStart;
            cpu += THREADS.getCurrentThreadCpuTime() - cpuBefore;
            allocated += THREADS.getCurrentThreadAllocatedBytes() - bytesBefore;
            rig.check(BATCH - 1);
        }
        return new Totals((long) batches * BATCH, wall, cpu, allocated);
    }

    private static double micros(Histogram h, double percentile) {
        return h.getValueAtPercentile(percentile) / 1e3;
    }

    private static long gcMillis() {
        long total = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            total += Math.max(0, gc.getCollectionTime());
        }
        return total;
    }
}
