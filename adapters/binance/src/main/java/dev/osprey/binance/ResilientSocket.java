package dev.osprey.binance;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One WebSocket connection that stays up: it reconnects after a close, an error or a silence longer than
 * {@code staleAfter}, waiting by {@link Backoff}. Every callback runs on the owner's single thread; each connection
 * has a generation number, so a late callback from a dead connection is ignored. The connection itself comes from a
 * {@link SocketConnector} that never reconnects on its own, so only this class decides when to try again: XChange's
 * netty transport for the market streams, the JDK client for the WebSocket API.
 */
final class ResilientSocket {
    private static final Logger LOG = LoggerFactory.getLogger(ResilientSocket.class);

    /** What the owner hears, always on its thread. */
    interface Handler {
        void onConnecting(URI uri, int attempt);

        void onOpen();

        void onText(String message);

        void onDown(String why, long reconnectInMs);
    }

    private final SocketConnector connector;
    private final URI uri;
    private final ScheduledExecutorService thread;
    private final Backoff backoff;
    private final long staleAfterNanos;
    private final Handler handler;
    private SocketConnector.Connection socket;
    private int generation;
    private long lastMessageNanos;
    private boolean receivedSinceOpen;
    private volatile boolean closed;

    ResilientSocket(SocketConnector connector, URI uri, ScheduledExecutorService thread, Backoff backoff, Duration staleAfter,
                 Handler handler) {
        this.connector = connector;
        this.uri = uri;
        this.thread = thread;
        this.backoff = backoff;
        this.staleAfterNanos = staleAfter.toNanos();
        this.handler = handler;
    }

    /** Call on the owner's thread. */
    void start() {
        long checkMs = Math.max(10, staleAfterNanos / 4_000_000);
        thread.scheduleWithFixedDelay(this::checkStale, checkMs, checkMs, TimeUnit.MILLISECONDS);
        connect();
    }

    /** Sends on the current connection; false when there is none (the caller waits for the next onOpen). */
    boolean send(String text) {
        SocketConnector.Connection ws = socket;
        if (ws == null || closed) {
            return false;
        }
        ws.send(text);
        return true;
    }

    boolean isOpen() {
        return socket != null && !closed;
    }

    /** Drops the current connection as if it had failed: the owner hears onDown and a reconnect follows. */
    void fail(String why) {
        post(() -> down(generation, why));
    }

    void close() {
        closed = true;
        post(() -> {
            generation++;
            if (socket != null) {
                socket.abort();
                socket = null;
            }
        });
    }

    private void connect() {
        if (closed) {
            return;
        }
        int gen = ++generation;
        handler.onConnecting(uri, backoff.attempts());
        connector.connect(uri, new Events(gen)).whenComplete((ok, failure) -> {
            if (failure != null) {
                post(() -> down(gen, "connect failed: " + ApiErrors.unwrap(failure).getMessage()));
            }
        });
    }

    private void opened(int gen, SocketConnector.Connection ws) {
        if (gen != generation || closed) {
            ws.abort();
            return;
        }
        socket = ws;
        lastMessageNanos = System.nanoTime();
        receivedSinceOpen = false;
        LOG.info("WebSocket open: {}", uri.getHost() + ':' + uri.getPort() + uri.getPath());
        handler.onOpen();
    }

    private void message(int gen, String text) {
        if (gen != generation || closed) {
            return;
        }
        lastMessageNanos = System.nanoTime();
        if (!receivedSinceOpen) {
            receivedSinceOpen = true;
            backoff.reset(); // data flows: the connection is healthy
        }
        handler.onText(text);
    }

    private void down(int gen, String why) {
        if (gen != generation || closed) {
            return;
        }
        generation++;
        if (socket != null) {
            socket.abort();
            socket = null;
        }
        long wait = backoff.nextDelayMs();
        LOG.warn("WebSocket {} down ({}); reconnecting in {} ms", uri.getPath(), why, wait);
        handler.onDown(why, wait);
        thread.schedule(this::connect, wait, TimeUnit.MILLISECONDS);
    }

    private void alive(int gen) {
        if (gen == generation) {
            lastMessageNanos = System.nanoTime();
        }
    }

    private void post(Runnable task) {
        try {
            thread.execute(task);
        } catch (RejectedExecutionException closedOwner) {
            // The owner has shut down: late callbacks of a dead socket have nobody to tell.
        }
    }

    private void checkStale() {
        if (socket != null && System.nanoTime() - lastMessageNanos > staleAfterNanos) {
            down(generation, "stale: no message for " + staleAfterNanos / 1_000_000 + " ms");
        }
    }

    /** Moves a connection's reports onto the owner's thread, tagged with its generation. */
    private final class Events implements SocketConnector.Events {
        private final int gen;

        Events(int gen) {
            this.gen = gen;
        }

        @Override
        public void opened(SocketConnector.Connection connection) {
            post(() -> ResilientSocket.this.opened(gen, connection));
        }

        @Override
        public void text(String message) {
            post(() -> message(gen, message));
        }

        @Override
        public void closed(String why) {
            post(() -> down(gen, why));
        }

        @Override
        public void alive() {
            post(() -> ResilientSocket.this.alive(gen));
        }
    }
}
