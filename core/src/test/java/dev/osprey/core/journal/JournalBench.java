package dev.osprey.core.journal;

import ch.qos.logback.classic.Level;
import dev.osprey.core.audit.AuditTrail;
import dev.osprey.core.engine.Command;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The journal's figures (docs/benchmarks/journal.md): durable order intents per second with group commit, the
 * latency group commit adds at fixed offered rates, and the time to recover a journal of 1,000,000 events, in this
 * JVM (warm) and in a fresh one (cold, as at start-up). Not a unit test: run it by hand.
 *
 * <p>Arguments: {@code [work dir, default target/journal-bench] [recovery events, default 1000000]}, or
 * {@code recover DIR} to time one cold recovery of DIR.
 */
public final class JournalBench {
    private static final int WINDOW = 16_384;
    private static final int SECONDS_PER_RATE = 10;

    private JournalBench() {
    }

    public static void main(String[] args) throws Exception {
        // Flyway logs every scanned resource at DEBUG, logback's default level without a config file.
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
        if (args.length == 2 && args[0].equals("recover")) {
            recoverOnce(Path.of(args[1]), "cold JVM");
            return;
        }
        Path base = Path.of(args.length > 0 ? args[0] : "target/journal-bench").toAbsolutePath();
        int events = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        deleteTree(base);
        System.out.printf("%d CPUs, %s %s, max heap %d MiB%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name"), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20);
        System.out.println(FsyncFloor.measure(base, 3_000));
        groupCommit(base.resolve("commit"));
        recovery(base.resolve("recovery"), events);
    }

    private static void groupCommit(Path dir) throws InterruptedException {
        try (JournalDatabase db = JournalDatabase.open(dir); JournalWriter w = JournalWriter.start(db, new JournalCodec())) {
            PacedLoad journalOnly = new PacedLoad(w, null);
            PacedLoad withAudit = new PacedLoad(w, new AuditTrail(w));
            // Warm-up: the JIT needs a few hundred thousand intents before H2's insert path settles.
            journalOnly.run(300_000, 0, WINDOW);
            journalOnly.run(200_000, 20_000, 0);
            withAudit.run(100_000, 20_000, 0);
            System.out.println(journalOnly.run(2_000, 0, 1).line("one at a time (no grouping)"));
            System.out.println(journalOnly.run(300_000, 0, WINDOW).line("max rate, journal only"));
            System.out.println(withAudit.run(300_000, 0, WINDOW).line("max rate, journal + audit"));
            for (int rate : new int[]{1_000, 5_000, 20_000, 50_000}) {
                int n = rate * SECONDS_PER_RATE;
                System.out.println(journalOnly.run(n, rate, 0).line("offered " + rate + "/s, journal"));
            }
            int n = 20_000 * SECONDS_PER_RATE;
            System.out.println(withAudit.run(n, 20_000, 0).line("offered 20000/s, journal + audit"));
        }
    }

    private static void recovery(Path dir, int events) throws Exception {
        try (JournalDatabase db = JournalDatabase.open(dir); JournalWriter w = JournalWriter.start(db, new JournalCodec())) {
            PacedLoad.Result written = new PacedLoad(w, null).run(events, 0, WINDOW);
            System.out.println(written.line("journal of " + events + " written"));
        }
        System.out.printf("database file %,d MiB%n", Files.size(dir.resolve(JournalDatabase.FILE_NAME + ".mv.db")) >> 20);
        Process cold = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", System.getProperty("java.class.path"), JournalBench.class.getName(), "recover", dir.toString())
                .inheritIO().start();
        if (cold.waitFor() != 0) {
            throw new IllegalStateException("cold recovery failed");
        }
        for (int i = 0; i < 3; i++) {
            recoverOnce(dir, "warm JVM, run " + (i + 1));
        }
    }

    private static void recoverOnce(Path dir, String label) {
        long cpuStart = processCpuNanos();
        long start = System.nanoTime();
        long[] seen = new long[2];
        Recovery.Outcome outcome;
        try (JournalDatabase db = JournalDatabase.open(dir)) {
            outcome = new Recovery(db, new JournalCodec()).recover(s -> { }, e -> {
                if (e.message() instanceof Command.PlaceOrder) {
                    seen[0]++;
                }
                seen[1] += e.sequence();
            });
        }
        double s = (System.nanoTime() - start) / 1e9;
        double cpu = (processCpuNanos() - cpuStart) / 1e9;
        if (seen[0] != outcome.replayed()) {
            throw new IllegalStateException("replayed " + outcome.replayed() + " but saw " + seen[0] + " intents");
        }
        System.out.printf("recovery (%s): %,d events in %.2f s (%,.0f events/s; process CPU %.2f s, load %.1f),"
                        + " open + migrate-check included%n", label, outcome.replayed(), s, outcome.replayed() / s, cpu,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /** CPU time of this JVM, all threads: on a shared machine wall time alone mixes in other people's work. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static void deleteTree(Path dir) throws IOException {
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
