package dev.osprey.paper;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * Orders per second through the engine's logic and the paper matcher on one thread, and with {@code -prof gc} the
 * bytes allocated per order ({@code gc.alloc.rate.norm}). One operation is one order's whole round trip. Each
 * invocation runs a batch on a fresh {@link OrderPathRig}; see docs/benchmarks/order-path.md for how to run it.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xmx2g"})
public class OrderPathBenchmark {
    static final int BATCH = 2_000;

    private OrderPathRig rig;

    @Setup(Level.Invocation)
    public void freshRig() {
        rig = new OrderPathRig(BATCH);
    }

    @TearDown(Level.Invocation)
    public void checkRig() {
        rig.check(BATCH - 1);
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void restingLimitPlacedThenCanceled() {
        for (int i = 0; i < BATCH; i++) {
            rig.restingLimitPlacedThenCanceled(i);
        }
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void marketOrderFilled() {
        for (int i = 0; i < BATCH; i++) {
            rig.marketOrderFilled(i);
        }
    }
}
