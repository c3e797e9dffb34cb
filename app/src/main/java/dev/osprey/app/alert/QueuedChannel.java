package dev.osprey.app.alert;

import dev.osprey.core.alert.Alert;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A channel on its own delivery thread behind a bounded queue: {@link #offer} never blocks, a slow or dead
 * server delays only its own channel, and when the queue is full the alert is dropped for this channel and
 * counted. Failures are logged with the channel's name and the exception's message; the channel itself keeps
 * secrets out of its messages.
 */
final class QueuedChannel implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(QueuedChannel.class);

    private final AlertChannel channel;
    private final ExecutorService executor;
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();

    QueuedChannel(AlertChannel channel, int capacity) {
        this.channel = channel;
        this.executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(capacity),
                r -> {
                    Thread t = new Thread(r, "alert-" + channel.name());
                    t.setDaemon(true);
                    return t;
                }, new ThreadPoolExecutor.AbortPolicy());
    }

    String name() {
        return channel.name();
    }

    void offer(Alert alert) {
        try {
            executor.execute(() -> deliver(alert));
        } catch (RejectedExecutionException e) {
            long n = dropped.incrementAndGet();
            LOG.warn("alert channel {} is behind: dropped {} ({} dropped so far)", channel.name(), alert.kind(), n);
        }
    }

    private void deliver(Alert alert) {
        try {
            channel.deliver(alert);
        } catch (Exception e) {
            failed.incrementAndGet();
            LOG.warn("alert channel {} failed to deliver {}: {}", channel.name(), alert.kind(), e.toString());
        }
    }

    long dropped() {
        return dropped.get();
    }

    long failed() {
        return failed.get();
    }

    @Override
    public void close() {
        executor.shutdown();
        try {
            executor.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        executor.shutdownNow();
    }
}
