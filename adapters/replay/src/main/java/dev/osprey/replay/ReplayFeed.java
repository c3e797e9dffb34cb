package dev.osprey.replay;

import dev.osprey.core.market.FeedState;
import dev.osprey.core.market.MarketDataFeed;
import dev.osprey.core.market.MarketDataListener;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A market-data feed that replays recorded Binance captures. One daemon thread, {@value #THREAD_NAME}, reads the
 * captures, keeps a synchronised book per subscribed symbol and calls the listeners, paced by exchange event time.
 * With {@code loop}, the capture starts over at its end and every book resyncs from the capture's snapshot.
 * Counters run on across loops.
 */
public final class ReplayFeed implements MarketDataFeed {
    public static final String THREAD_NAME = "replay-feed";
    private static final Logger LOG = LoggerFactory.getLogger(ReplayFeed.class);
    private static final long CLOSE_WAIT_MS = 2_000;

    private final List<CaptureSource> captures;
    private final ReplaySpeed speed;
    private final boolean loop;
    private final PacingClock clock;
    private final Map<String, Subscription> subscriptions = new ConcurrentHashMap<>();
    private final ReplayClock replayClock = new ReplayClock();
    private volatile boolean running;
    private volatile long malformedLines;
    private Thread thread;
    private boolean closed;

    public ReplayFeed(List<CaptureSource> captures, ReplaySpeed speed, boolean loop) {
        this(captures, speed, loop, PacingClock.SYSTEM);
    }

    public ReplayFeed(List<CaptureSource> captures, ReplaySpeed speed, boolean loop, PacingClock clock) {
        if (captures.isEmpty()) {
            throw new IllegalArgumentException("no capture files given");
        }
        this.captures = List.copyOf(captures);
        this.speed = speed;
        this.loop = loop;
        this.clock = clock;
    }

    public static ReplayFeed ofFiles(List<Path> files, ReplaySpeed speed, boolean loop) {
        return new ReplayFeed(CaptureSource.ofPaths(files), speed, loop);
    }

    /** Symbols match the capture's stream names case-insensitively ("BTCUSDT" gets "btcusdt@depth@100ms"). */
    @Override
    public synchronized void subscribe(String symbol, MarketDataListener listener) {
        if (thread != null) {
            throw new IllegalStateException("subscribe to " + symbol + " before the replay starts");
        }
        subscriptions.computeIfAbsent(symbol.toUpperCase(Locale.ROOT), Subscription::new).add(listener);
    }

    @Override
    public synchronized void start() {
        if (thread != null || closed) {
            throw new IllegalStateException(closed ? "the replay has been closed" : "the replay has already started");
        }
        running = true;
        thread = new Thread(this::replay, THREAD_NAME);
        thread.setDaemon(true);
        thread.start();
    }

    /** Stops the replay thread: a paced wait is interrupted, and the thread exits before the next message. */
    @Override
    public void close() {
        Thread replayThread;
        synchronized (this) {
            running = false;
            closed = true;
            replayThread = thread;
        }
        if (replayThread == null || replayThread == Thread.currentThread()) {
            return;
        }
        replayThread.interrupt();
        try {
            replayThread.join(CLOSE_WAIT_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (replayThread.isAlive()) {
            LOG.warn("{} did not stop within {} ms", THREAD_NAME, CLOSE_WAIT_MS);
        }
    }

    private void replay() {
        Pacer pacer = new Pacer(speed, clock);
        ReplayPass pass = new ReplayPass(this::route, pacer, replayClock);
        MalformedLineLog log = new MalformedLineLog(LOG);
        try {
            boolean again;
            do {
                subscriptions.values().forEach(s -> s.synchronizer().begin());
                replayClock.reset();
                pacer.restart();
                long routed;
                try (CaptureReader reader = new CaptureReader(captures, line -> countMalformed(log, line))) {
                    routed = pass.run(reader, () -> running);
                }
                again = loop && running && routed > 0;
                if (loop && routed == 0) {
                    LOG.warn("captures {} hold nothing for {}; not looping", captures, subscriptions.keySet());
                }
            } while (again);
            if (running) {
                subscriptions.values().forEach(s -> s.synchronizer().end());
            }
        } catch (InterruptedException e) {
            LOG.debug("replay interrupted by close()");
        } catch (IOException | RuntimeException e) {
            if (!running) {
                // close() interrupted a file read (interruptible channels throw): a stop, not a failure.
                LOG.debug("replay stopped during a read", e);
                return;
            }
            LOG.error("replay of {} failed", captures, e);
            subscriptions.values().forEach(s -> s.synchronizer().fail("replay failed: " + e.getMessage()));
        }
    }

    @SuppressWarnings("NonAtomicOperationOnVolatileField") // only the replay thread writes
    private void countMalformed(MalformedLineLog log, MalformedLine line) {
        malformedLines++;
        log.accept(line);
    }

    private BookSynchronizer route(String symbol) {
        Subscription s = subscriptions.get(symbol);
        return s == null ? null : s.synchronizer();
    }

    /** Exchange time of the latest event delivered, epoch ms; 0 before the first. */
    public long replayTimeMs() {
        return replayClock.latestEventTimeMs();
    }

    public FeedState state(String symbol) {
        return subscription(symbol).synchronizer().state();
    }

    public SyncStats stats(String symbol) {
        return subscription(symbol).synchronizer().stats();
    }

    public long malformedLines() {
        return malformedLines;
    }

    private Subscription subscription(String symbol) {
        Subscription s = subscriptions.get(symbol.toUpperCase(Locale.ROOT));
        if (s == null) {
            throw new IllegalArgumentException(symbol + " is not subscribed");
        }
        return s;
    }
}
