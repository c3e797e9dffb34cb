package dev.osprey.xchange;

import dev.osprey.core.venue.AccountEvent;
import dev.osprey.core.venue.AccountListener;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The venue's own thread: every signed call, every poll and every account event of one Kraken or Coinbase venue
 * runs here, one at a time, so what we know of our orders needs no locks. Listeners are called on it, in order.
 */
final class VenueLoop implements Executor, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(VenueLoop.class);

    private final String threadName;
    private final ScheduledExecutorService thread;
    private final List<AccountListener> listeners = new CopyOnWriteArrayList<>();

    VenueLoop(String venue) {
        this.threadName = "xchange-" + venue + "-account";
        this.thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
    }

    boolean onLoop() {
        return Thread.currentThread().getName().equals(threadName);
    }

    @Override
    public void execute(Runnable task) {
        thread.execute(guarded(task));
    }

    void every(Runnable task, long periodMs) {
        thread.scheduleWithFixedDelay(guarded(task), periodMs, periodMs, TimeUnit.MILLISECONDS);
    }

    void subscribe(AccountListener listener) {
        listeners.add(listener);
    }

    void publish(List<? extends AccountEvent> events) {
        for (AccountEvent e : events) {
            for (AccountListener l : listeners) {
                try {
                    l.onAccountEvent(e);
                } catch (RuntimeException ex) {
                    LOG.error("account listener failed on {}", e.getClass().getSimpleName(), ex);
                }
            }
        }
    }

    /** A task that throws must not end the schedule it runs on. */
    private static Runnable guarded(Runnable task) {
        return () -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.error("venue task failed", e);
            }
        };
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
