package dev.osprey.core.engine;

import dev.osprey.core.gate.OrderGate;
import dev.osprey.core.journal.JournalCodec;
import dev.osprey.core.journal.JournalDatabase;
import dev.osprey.core.journal.JournalWriter;
import dev.osprey.core.market.BookSnapshot;
import dev.osprey.core.market.Level;
import dev.osprey.core.market.Scaled;
import dev.osprey.core.order.OrderRequest;
import dev.osprey.core.order.OrderType;
import dev.osprey.core.order.Side;
import dev.osprey.core.recovery.DeskJournal;
import dev.osprey.core.venue.OrderEntry;
import org.HdrHistogram.Histogram;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;

/**
 * What journal before send adds to an order on the desk's real path: a caller submits orders to the running
 * engine at a fixed rate (open loop: latency runs from when each order was due), and the venue notes when each one
 * reaches it. Run once without a journal (the engine alone) and once with the desk's journal (intent, read-model
 * row and audit record made durable first); the difference is the journal's cost. Prints its figures.
 * <pre>
 *   java -cp ... dev.osprey.core.engine.DurableSendBench [work dir] [seconds per rate]
 * </pre>
 */
public final class DurableSendBench {
    private static final int[] RATES = {10, 100, 1_000, 5_000};

    private DurableSendBench() {
    }

    /** Order entry that only notes when each order reached it. */
    private static final class TimingEntry implements OrderEntry {
        final Map<String, Long> arrived = new ConcurrentHashMap<>();
        volatile CountDownLatch expected = new CountDownLatch(0);

        @Override
        public void place(OrderRequest request) {
            arrived.put(request.clientOrderId(), System.nanoTime());
            expected.countDown();
        }

        @Override
        public void cancel(String symbol, String clientOrderId) {
        }

        @Override
        public CompletableFuture<Integer> cancelAll(String symbol) {
            return CompletableFuture.completedFuture(0);
        }
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args.length > 0 ? args[0] : "target/durable-send-bench");
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        System.out.printf("journal before send, open loop, %d s per rate; latency = order due -> venue called%n",
                seconds);
        for (boolean journaled : new boolean[]{false, true}) {
            deleteTree(work);
            try (JournalDatabase db = JournalDatabase.open(work)) {
                JournalWriter writer = JournalWriter.start(db, new JournalCodec());
                EngineJournal journal = journaled ? new DeskJournal(writer, "bench", "PAPER", DeskJournal.SNAPSHOT_EVERY)
                        : EngineJournal.NONE;
                TimingEntry venue = new TimingEntry();
                FakeVenue fake = new FakeVenue(venue);
                Engine engine = new Engine(Map.of("BTCUSDT", EngineStateTest.BTC), fake, new OrderGate(),
                        System::currentTimeMillis, EngineSettings.defaults(), journal);
                engine.start();
                fake.publish(new BookSnapshot("BTCUSDT", 1, List.of(new Level(Scaled.parse("100"), Scaled.ONE)),
                        List.of(new Level(Scaled.parse("101"), Scaled.ONE)), 1_000));
                run(engine, venue, 1_000, 3, "warm-up");
                for (int rate : RATES) {
                    Histogram h = run(engine, venue, rate, seconds, null);
                    System.out.printf("%-12s %,7d/s  orders %,8d  p50 %,8.0f us  p90 %,8.0f us  p99 %,8.0f us  "
                                    + "p99.9 %,8.0f us  max %,8.0f us%n", journaled ? "journaled" : "no journal",
                            rate, h.getTotalCount(), us(h, 50), us(h, 90), us(h, 99), us(h, 99.9),
                            h.getMaxValue() / 1e3);
                }
                engine.close();
                writer.close();
            }
        }
    }

    private static double us(Histogram h, double p) {
        return h.getValueAtPercentile(p) / 1e3;
    }

    private static int seq;

    private static Histogram run(Engine engine, TimingEntry venue, int rate, int seconds, String label)
            throws InterruptedException {
        int count = rate * seconds;
        String[] ids = new String[count];
        long[] due = new long[count];
        venue.expected = new CountDownLatch(count);
        long start = System.nanoTime() + 1_000_000;
        long interval = 1_000_000_000L / rate;
        for (int i = 0; i < count; i++) {
            due[i] = start + i * interval;
            long wait = due[i] - System.nanoTime();
            if (wait > 50_000) {
                LockSupport.parkNanos(wait);
            }
            ids[i] = "b" + (++seq);
            engine.submit(new OrderRequest(ids[i], "BTCUSDT", Side.BUY, OrderType.LIMIT, new BigDecimal("0.1"),
                    new BigDecimal("100")));
        }
        if (!venue.expected.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("orders did not reach the venue");
        }
        Histogram h = new Histogram(3_600_000_000_000L, 3);
        for (int i = 0; i < count; i++) {
            h.recordValue(Math.max(0, venue.arrived.remove(ids[i]) - due[i]));
        }
        return h;
    }

    private static void deleteTree(Path dir) throws java.io.IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
