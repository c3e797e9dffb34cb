package dev.osprey.binance;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One WebSocket connection that stays up: it reconnects after a close, an error or a silence longer than
 * {@code staleAfter}, waiting by {@link Backoff}. Every callback runs on the owner's single thread; each connection
 * has a generation number, so a late callback from a dead connection is ignored. Used for the market streams and
 * for the WebSocket API. Binance's pings are answered by the JDK client itself and count as a sign of life.
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

    private final HttpClient http;
    private final URI uri;
    private final ScheduledExecutorService thread;
    private final Backoff backoff;
    private final long staleAfterNanos;
    private final Handler handler;
    private WebSocket socket;
    private int generation;
    private long lastMessageNanos;
    private boolean receivedSinceOpen;
    private volatile boolean closed;

    ResilientSocket(HttpClient http, URI uri, ScheduledExecutorService thread, Backoff backoff, Duration staleAfter,
                 Handler handler) {
        this.http = http;
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
        WebSocket ws = socket;
        if (ws == null || closed) {
            return false;
        }
        ws.sendText(text, true);
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
        http.newWebSocketBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .buildAsync(uri, new Listener(gen))
                .whenComplete((ws, failure) -> {
                    if (failure != null) {
                        post(() -> down(gen, "connect failed: " + ApiErrors.unwrap(failure).getMessage()));
                    }
                });
    }

    private void opened(int gen, WebSocket ws) {
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

    /** JDK WebSocket callbacks arrive one at a time per socket; each whole message is handed to the owner. */
    private final class Listener implements WebSocket.Listener {
        private final int gen;
        private final StringBuilder partial = new StringBuilder();

        Listener(int gen) {
            this.gen = gen;
        }

        @Override
        public void onOpen(WebSocket ws) {
            post(() -> opened(gen, ws));
            ws.request(1);
        }

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                post(() -> message(gen, text));
            }
            ws.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
            post(() -> down(gen, "closed by server: " + statusCode + " " + reason));
            return null;
        }

        @Override
        public void onError(WebSocket ws, Throwable error) {
            post(() -> down(gen, "error: " + error.getMessage()));
        }

        @Override
        public CompletionStage<?> onPing(WebSocket ws, ByteBuffer message) {
            post(() -> alive(gen));
            // The JDK client has already queued the Pong; asking for the next message keeps the flow going.
            ws.request(1);
            return null;
        }
    }
}
