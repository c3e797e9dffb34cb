package dev.osprey.app.ui;

import dev.osprey.app.config.ConfigLoader;
import dev.osprey.app.config.OspreyConfig;
import dev.osprey.app.wiring.Desk;
import dev.osprey.app.wiring.ReplayFeeds;
import dev.osprey.core.engine.BookView;
import dev.osprey.core.engine.EngineSnapshot;
import dev.osprey.core.market.FeedState;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * Tick-to-screen: from a market event entering the engine's queue to the first frame whose pulse rendered a
 * snapshot holding it, while the real window replays the bundled capture at 10x. Prints p50/p99/max over the
 * events of the instrument on screen, and how busy the FX thread was (its CPU time over wall time).
 * Run: {@code java ... dev.osprey.app.ui.TickToScreenBench [book|ladder]} (ladder: the ladder and the chart tab).
 */
public final class TickToScreenBench {
    private static String view = "book";

    private TickToScreenBench() {
    }

    public static void main(String[] args) {
        view = args.length > 0 ? args[0] : "book";
        // A main class that is not itself the Application starts JavaFX from the class path.
        Application.launch(Window.class, args);
    }

    /** The real workstation window, timed. */
    public static final class Window extends Application {
    private static final String SPEED = "10";
    private static final long WARM_UP_NS = 5_000_000_000L;
    private final long[] frameNs = new long[1 << 16];
    private final long[] frameShows = new long[1 << 16];
    private int frames;
    private TimedFeed feed;
    private Desk desk;
    private Workstation workstation;
    private long fxThreadId;
    private long startNs;
    private long startCpuNs;
    private long startRenderCpuNs;
    private boolean reported;

    @Override
    public void start(Stage stage) throws Exception {
        OspreyConfig base = ConfigLoader.loadDefault();
        OspreyConfig cfg = base.withReplay(base.replay().withSpeed(SPEED, false));
        feed = new TimedFeed(ReplayFeeds.fromConfig(cfg), "BTCUSDT");
        desk = Desk.startPaper(cfg, feed);
        workstation = new Workstation(desk);
        Scene scene = workstation.scene();
        scene.addPostLayoutPulseListener(this::onFrame);
        stage.setScene(scene);
        stage.show();
        // The split pane's items join the scene graph with its skin, so they are found once the stage shows.
        if ("ladder".equals(view)) {
            ((TabPane) scene.lookup("#market-tabs")).getSelectionModel().select(1);
            TabPane tabs = (TabPane) scene.lookup("#tabs");
            tabs.getSelectionModel().select(tabs.getTabs().size() - 1);
        }
        fxThreadId = Thread.currentThread().getId();
    }

    private void onFrame() {
        EngineSnapshot s = workstation.rendered();
        if (s == null || frames == frameNs.length) {
            return;
        }
        if (startNs == 0 && s.marketEvents() > 0) {
            startNs = System.nanoTime();
            startCpuNs = cpu().getThreadCpuTime(fxThreadId);
            startRenderCpuNs = renderCpuNs();
        }
        if (frames == 0 || s.marketEvents() > frameShows[frames - 1]) {
            frameNs[frames] = System.nanoTime();
            frameShows[frames] = s.marketEvents();
            frames++;
        }
        if (!reported && ended(s)) {
            // This frame shows every feed's end, so every event has been shown.
            reported = true;
            Platform.runLater(this::report);
        }
    }

    /** CPU time of JavaFX's render thread, which rasterises each frame after the pulse. */
    private static long renderCpuNs() {
        for (java.lang.management.ThreadInfo t : cpu().dumpAllThreads(false, false)) {
            if (t.getThreadName().startsWith("QuantumRenderer")) {
                return cpu().getThreadCpuTime(t.getThreadId());
            }
        }
        return 0;
    }

    private static ThreadMXBean cpu() {
        return ManagementFactory.getThreadMXBean();
    }

    private static boolean ended(EngineSnapshot s) {
        return s.books().values().stream().map(BookView::feedState).allMatch(f -> f == FeedState.ENDED)
                && !s.books().isEmpty();
    }

    private void report() {
        long wallNs = System.nanoTime() - startNs;
        long fxCpuNs = cpu().getThreadCpuTime(fxThreadId) - startCpuNs;
        int events = feed.count();
        long[] latency = new long[events];
        int n = 0;
        int f = 0;
        for (int i = 0; i < events; i++) {
            while (f < frames && frameShows[f] < i + 1) {
                f++;
            }
            if (f == frames) {
                break;
            }
            if (feed.shown[i] && feed.enteredNs[i] >= startNs + WARM_UP_NS) {
                latency[n++] = frameNs[f] - feed.enteredNs[i];
            }
        }
        long[] sorted = Arrays.copyOf(latency, n);
        Arrays.sort(sorted);
        System.out.printf("view=%s speed=%sx events=%d timed=%d frames-with-news=%d wall=%.1fs%n", view, SPEED,
                events, n, frames, wallNs / 1e9);
        System.out.printf("tick-to-screen ms: p50=%.2f p90=%.2f p99=%.2f max=%.2f%n", pct(sorted, 50),
                pct(sorted, 90), pct(sorted, 99), n == 0 ? 0 : sorted[n - 1] / 1e6);
        System.out.printf("FX thread busy (CPU/wall): %.1f%%, render thread: %.1f%%%n", 100.0 * fxCpuNs / wallNs,
                100.0 * (renderCpuNs() - startRenderCpuNs) / wallNs);
        workstation.stop();
        desk.close();
        Platform.exit();
    }

    private static double pct(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.min(sorted.length - 1, Math.ceil(p / 100.0 * sorted.length) - 1);
        return sorted[Math.max(0, i)] / 1e6;
    }
}
}
