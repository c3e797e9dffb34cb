package dev.osprey.app.bench;

import dev.osprey.app.config.ConfigLoader;
import dev.osprey.app.config.OspreyConfig;
import dev.osprey.app.ui.Workstation;
import dev.osprey.app.wiring.Desk;
import dev.osprey.core.engine.BookView;
import dev.osprey.core.engine.EngineSnapshot;
import javafx.application.Platform;
import javafx.stage.Stage;

import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Memory soak: the whole workstation (engine, paper venue, replay, window with dashboard and blotter) on the
 * bundled captures at 10x, looping, for a wall-clock duration (default 6 minutes = one hour of market time).
 * Every interval it takes the heap in use after a full GC (the live set) and the process RSS, and at the end prints
 * the live-set trend after warm-up. Run headless on Monocle (see docs/benchmarks/memory.md).
 * Arguments: [minutes=6] [sample seconds=15] [warm-up minutes=1] [speed=10].
 */
public final class MemorySoak {
    private record Sample(double wallS, long marketMs, int loops, int queue, long liveHeap, long committedHeap,
                          long rss, long version) {
    }

    public static void main(String[] args) throws Exception {
        double minutes = args.length > 0 ? Double.parseDouble(args[0]) : 6;
        int everyS = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        double warmUpMin = args.length > 2 ? Double.parseDouble(args[2]) : 1;
        String speed = args.length > 3 ? args[3] : "10";
        OspreyConfig base = ConfigLoader.loadDefault();
        OspreyConfig cfg = ConfigLoader.withSpeed(base.withReplay(base.replay().withSpeed(speed, true)), speed);

        Desk desk = Desk.startPaper(cfg);
        CompletableFuture<Workstation> shown = new CompletableFuture<>();
        Platform.startup(() -> {
            Workstation w = new Workstation(desk);
            Stage stage = new Stage();
            stage.setScene(w.scene());
            stage.show();
            shown.complete(w);
        });
        Workstation workstation = shown.get(60, TimeUnit.SECONDS);
        System.out.printf(Locale.ROOT, "soak: %.1f min at %sx, sample every %d s, warm-up %.1f min, %s%n", minutes,
                speed, everyS, warmUpMin, ManagementFactory.getRuntimeMXBean().getInputArguments());
        System.out.println("wall_s,market_min,loops,engine_queue,live_heap_mb,committed_heap_mb,rss_mb,snapshots");

        List<Sample> samples = new CopyOnWriteArrayList<>();
        MarketClock market = new MarketClock(desk.instrument().symbol());
        long start = System.nanoTime();
        long end = start + (long) (minutes * 60e9);
        long[] nextSample = {start + everyS * 1_000_000_000L};
        CountDownLatch finished = new CountDownLatch(1);
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        // the market clock reads the book's time each second; every everyS seconds a sample is taken
        clock.scheduleAtFixedRate(() -> {
            EngineSnapshot s = desk.engine().latest();
            market.observe(s);
            if (System.nanoTime() >= end) {
                finished.countDown();
            } else if (System.nanoTime() >= nextSample[0]) {
                nextSample[0] += everyS * 1_000_000_000L;
                samples.add(sample(desk, market, s, start));
            }
        }, 1, 1, TimeUnit.SECONDS);
        finished.await();
        clock.shutdownNow();
        summary(samples, warmUpMin * 60);
        Platform.runLater(workstation::stop);
        desk.close();
        Platform.exit();
    }

    private static Sample sample(Desk desk, MarketClock market, EngineSnapshot s, long start) {
        Runtime rt = Runtime.getRuntime();
        Sample x = new Sample((System.nanoTime() - start) / 1e9, market.replayedMs(), market.loops(),
                desk.engine().queueDepth(), liveHeap(), rt.totalMemory(), rss(), s.version());
        System.out.printf(Locale.ROOT, "%.0f,%.1f,%d,%d,%.1f,%.1f,%.1f,%d%n", x.wallS(), x.marketMs() / 60_000.0,
                x.loops(), x.queue(), mb(x.liveHeap()), mb(x.committedHeap()), mb(x.rss()), x.version());
        return x;
    }

    /** Least-squares slope of the live heap after warm-up, in MB per hour of wall time, and its range. */
    private static void summary(List<Sample> all, double warmUpS) {
        List<Sample> steady = all.stream().filter(s -> s.wallS() >= warmUpS).toList();
        if (steady.size() < 3) {
            System.out.println("summary: too few samples after warm-up");
            return;
        }
        double n = steady.size();
        double mx = steady.stream().mapToDouble(Sample::wallS).sum() / n;
        double my = steady.stream().mapToDouble(s -> mb(s.liveHeap())).sum() / n;
        double sxy = 0;
        double sxx = 0;
        for (Sample s : steady) {
            sxy += (s.wallS() - mx) * (mb(s.liveHeap()) - my);
            sxx += (s.wallS() - mx) * (s.wallS() - mx);
        }
        double min = steady.stream().mapToDouble(s -> mb(s.liveHeap())).min().orElse(0);
        double max = steady.stream().mapToDouble(s -> mb(s.liveHeap())).max().orElse(0);
        Sample last = all.get(all.size() - 1);
        System.out.printf(Locale.ROOT, "summary: market time replayed %.1f min; after warm-up %d samples, live heap "
                        + "%.1f..%.1f MB (mean %.1f), slope %+.2f MB per wall hour; RSS at end %.1f MB, max %.1f MB%n",
                last.marketMs() / 60_000.0, steady.size(), min, max, my, sxy / sxx * 3600,
                mb(last.rss()), all.stream().mapToDouble(s -> mb(s.rss())).max().orElse(0));
    }

    /**
     * Market time replayed, from one symbol's last event time read each second. The engine's own clock never goes
     * back, so after the first loop it would stand still; a symbol's book time restarts with each loop instead.
     */
    private static final class MarketClock {
        private final String symbol;
        private long last = -1;
        private long replayed;
        private int loops;

        MarketClock(String symbol) {
            this.symbol = symbol;
        }

        void observe(EngineSnapshot s) {
            BookView b = s.books().get(symbol);
            long t = b == null ? 0 : b.lastEventTimeMs();
            if (t <= 0) {
                return;
            }
            if (last > 0 && t >= last) {
                replayed += t - last;
            } else if (last > 0) {
                loops++; // up to a second of market time on each side of the restart goes uncounted
            }
            last = t;
        }

        long replayedMs() {
            return replayed;
        }

        int loops() {
            return loops;
        }
    }

    private static double mb(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }

    /**
     * The heap in use after a full GC: the least of three. The software renderer pins arrays (JNI critical sections)
     * while it draws, and a GC requested in one of those is deferred, so each reading waits until a collection has
     * really run; a single System.gc() sometimes reports a heap that still holds garbage.
     */
    private static long liveHeap() {
        Runtime rt = Runtime.getRuntime();
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long before = collections();
            System.gc();
            try {
                WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> collections() > before);
            } catch (TimeoutException e) {
                throw new IllegalStateException("no garbage collection ran within 10 s of System.gc()", e);
            }
            least = Math.min(least, rt.totalMemory() - rt.freeMemory());
        }
        return least;
    }

    private static long collections() {
        long n = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            n += Math.max(0, gc.getCollectionCount());
        }
        return n;
    }

    /** Resident set size from /proc (Linux); -1 elsewhere. */
    private static long rss() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }
}
