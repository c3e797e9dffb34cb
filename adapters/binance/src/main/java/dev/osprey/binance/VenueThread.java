package dev.osprey.binance;

import dev.osprey.core.venue.AccountEvent;
import dev.osprey.core.venue.AccountListener;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one thread, {@value #NAME}, that owns the order tracker: REST answers, user-stream events and timers are all
 * posted here, so which report came first is decided in one place. Account listeners are called on it.
 */
final class VenueThread implements Executor {
    static final String NAME = "binance-venue";
    private static final Logger LOG = LoggerFactory.getLogger(VenueThread.class);

    private final List<AccountListener> listeners = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, NAME);
        t.setDaemon(true);
        return t;
    });

    void subscribe(AccountListener listener) {
        listeners.add(listener);
    }

    @Override
    public void execute(Runnable task) {
        try {
            thread.execute(guarded(task));
        } catch (RejectedExecutionException closed) {
            LOG.debug("venue closed; dropping a task");
        }
    }

    void schedule(Runnable task, long delayMs) {
        try {
            thread.schedule(guarded(task), delayMs, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException closed) {
            LOG.debug("venue closed; dropping a timer");
        }
    }

    void every(Runnable task, long periodMs) {
        thread.scheduleWithFixedDelay(guarded(task), periodMs, periodMs, TimeUnit.MILLISECONDS);
    }

    <T> CompletableFuture<T> call(Supplier<T> task) {
        return CompletableFuture.supplyAsync(task, thread);
    }

    void publish(List<AccountEvent> events) {
        for (AccountEvent event : events) {
            for (AccountListener l : listeners) {
                try {
                    l.onAccountEvent(event);
                } catch (RuntimeException e) {
                    // One broken listener must not stop the venue or starve the others.
                    LOG.error("account listener failed on {}", event.getClass().getSimpleName(), e);
                }
            }
        }
    }

    ScheduledExecutorService scheduler() {
        return thread;
    }

    void close() {
        thread.shutdown();
        try {
            if (!thread.awaitTermination(2, TimeUnit.SECONDS)) {
                thread.shutdownNow();
            }
        } catch (InterruptedException e) {
            thread.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    /** A failure is a bug: log it and keep the venue thread serving. */
    private static Runnable guarded(Runnable task) {
        return () -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.error("Binance venue task failed", e);
            }
        };
    }
}
