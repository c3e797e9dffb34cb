package dev.osprey.replay;

import dev.osprey.core.market.BookDelta;
import dev.osprey.core.market.MarketDataListener;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * Replays the bundled 11-minute BTCUSDT capture (both files) at max speed through the whole replay path: gunzip,
 * JSON decoding, the synchroniser, the book and core event creation. The files are read into memory first so the
 * disk is not measured; decompression is. Prints events/s and the multiple of real time (capture span in
 * exchange time / elapsed). Arguments: [warm-up passes] [measured passes], default 10 and 15.
 */
public final class ReplayThroughputBench {
    private static final String SYMBOL = "BTCUSDT";

    private ReplayThroughputBench() {
    }

    public static void main(String[] args) throws Exception {
        int warmups = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        List<CaptureSource> capture = inMemory(Captures.BTC_0808, Captures.BTC_0809);
        long spanMs = eventTimeSpanMs(capture);
        System.out.printf(Locale.ROOT, "capture: %s + %s, span %.3f s of exchange time%n",
                Captures.BTC_0808, Captures.BTC_0809, spanMs / 1000.0);
        System.out.printf(Locale.ROOT, "JVM: %s %s, %d processors%n", System.getProperty("java.vm.name"),
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());

        long coldStart = System.nanoTime();
        replayOnce(capture);
        System.out.printf(Locale.ROOT, "cold first pass (interpreter + JIT, as a one-off CLI run sees it): %.1f ms%n",
                (System.nanoTime() - coldStart) / 1e6);
        for (int i = 1; i < warmups; i++) {
            replayOnce(capture);
        }
        double[] seconds = new double[passes];
        long events = 0;
        for (int i = 0; i < passes; i++) {
            long start = System.nanoTime();
            events = replayOnce(capture);
            seconds[i] = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "pass %2d: %7.1f ms  %,12.0f events/s  %,8.0fx real time%n", i + 1,
                    seconds[i] * 1000, events / seconds[i], spanMs / 1000.0 / seconds[i]);
        }
        Arrays.sort(seconds);
        double median = seconds[passes / 2];
        System.out.printf(Locale.ROOT, "median of %d passes after %d warm-up: %.1f ms, %,.0f events/s, %,.0fx real "
                        + "time (best %.1f ms = %,.0fx, worst %.1f ms = %,.0fx)%n", passes, warmups, median * 1000,
                events / median, spanMs / 1000.0 / median, seconds[0] * 1000, spanMs / 1000.0 / seconds[0],
                seconds[passes - 1] * 1000, spanMs / 1000.0 / seconds[passes - 1]);
        printStages(capture, passes);
    }

    /** Where a pass spends its time: gunzip alone, then gunzip + line split + JSON decode without the book. */
    private static void printStages(List<CaptureSource> capture, int passes) throws IOException {
        double[] gunzip = new double[passes];
        double[] decode = new double[passes];
        byte[] sink = new byte[1 << 16];
        for (int i = 0; i < passes; i++) {
            long start = System.nanoTime();
            for (CaptureSource source : capture) {
                try (InputStream in = new GZIPInputStream(source.open(), 1 << 16)) {
                    while (in.read(sink) > 0) {
                        // only decompressing
                    }
                }
            }
            long unzipped = System.nanoTime();
            try (CaptureReader reader = new CaptureReader(capture)) {
                while (reader.next() != null) {
                    // only decoding
                }
            }
            gunzip[i] = (unzipped - start) / 1e6;
            decode[i] = (System.nanoTime() - unzipped) / 1e6;
        }
        Arrays.sort(gunzip);
        Arrays.sort(decode);
        System.out.printf(Locale.ROOT, "stages (median): gunzip %.1f ms; gunzip + split + JSON decode %.1f ms; "
                + "the rest of a full pass is synchroniser, book and events%n", gunzip[passes / 2], decode[passes / 2]);
    }

    /** One pass as the replay feed makes it, with a listener that touches every event; returns events read. */
    private static long replayOnce(List<CaptureSource> capture) throws IOException, InterruptedException {
        long[] levelsSeen = new long[1];
        MarketDataListener consumer = event -> {
            if (event instanceof BookDelta d) {
                levelsSeen[0] += d.bids().size() + d.asks().size();
            }
        };
        BookSynchronizer sync = new BookSynchronizer(SYMBOL, consumer);
        ReplayPass pass = new ReplayPass(s -> s.equals(SYMBOL) ? sync : null,
                new Pacer(ReplaySpeed.MAX, PacingClock.SYSTEM), new ReplayClock());
        try (CaptureReader reader = new CaptureReader(capture)) {
            pass.run(reader, () -> true);
        }
        SyncStats stats = sync.stats();
        // A wrong result must not pass as a fast one.
        if (stats.gaps() != 0 || stats.applied() != 6_493 || levelsSeen[0] == 0) {
            throw new IllegalStateException("replay went wrong: " + stats);
        }
        return stats.events();
    }

    private static long eventTimeSpanMs(List<CaptureSource> capture) throws IOException {
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        try (CaptureReader reader = new CaptureReader(capture)) {
            FeedMessage m;
            while ((m = reader.next()) != null) {
                if (m.hasEventTime()) {
                    first = Math.min(first, m.eventTimeMs());
                    last = Math.max(last, m.eventTimeMs());
                }
            }
        }
        return last - first;
    }

    private static List<CaptureSource> inMemory(String... resources) throws IOException {
        CaptureSource[] sources = new CaptureSource[resources.length];
        for (int i = 0; i < resources.length; i++) {
            byte[] bytes;
            try (InputStream in = CaptureSource.ofResource(resources[i]).open()) {
                bytes = in.readAllBytes();
            }
            sources[i] = CaptureSource.of(resources[i], () -> new ByteArrayInputStream(bytes));
        }
        return List.of(sources);
    }
}
