package dev.osprey.binance.fake;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * Binance's combined market stream on 127.0.0.1: {@code /stream?streams=a/b} replays the capture lines of the
 * subscribed streams verbatim, as fast as the socket takes them, moving {@link FakeDepth} along. Time only moves
 * forward: a reconnect carries on where the last connection stopped, as the live market would. After a few diffs on
 * a new connection it waits for the client's snapshot request, as a live stream keeps flowing while the REST call
 * is made. A test can drop the connection, skip a diff (a gap) or stall the stream (stale data).
 */
public final class FakeMarketStream extends WebSocketServer {
    private final List<String> lines;
    private final FakeDepth depth;
    private final AtomicInteger cursor = new AtomicInteger();
    private final AtomicInteger connections = new AtomicInteger();
    private final CountDownLatch started = new CountDownLatch(1);
    private final AtomicInteger diffsSent = new AtomicInteger();
    private final AtomicInteger tradesSent = new AtomicInteger();
    private volatile int dropAtDiff = -1;
    private volatile int skipAtDiff = -1;
    private volatile int stallAtDiff = -1;
    private volatile boolean stalled;
    private volatile boolean stopped;
    private final CountDownLatch finished = new CountDownLatch(1);

    FakeMarketStream(List<String> lines, FakeDepth depth) throws InterruptedException {
        super(new InetSocketAddress("127.0.0.1", 0));
        this.lines = lines;
        this.depth = depth;
        setReuseAddr(true);
        start();
        if (!started.await(5, TimeUnit.SECONDS)) {
            throw new IllegalStateException("fake market stream did not start");
        }
    }

    public String url() {
        return "ws://127.0.0.1:" + getPort();
    }

    /** Closes the connection right after the n-th diff (counted over the whole run) has been sent. */
    public void dropAtDiff(int n) {
        dropAtDiff = n;
    }

    /** Does not send the n-th diff: the client sees a gap. The fake's own book still applies it. */
    public void skipAtDiff(int n) {
        skipAtDiff = n;
    }

    /** Stops sending after the n-th diff while keeping the connection open, until {@link #resume()}. */
    public void stallAtDiff(int n) {
        stallAtDiff = n;
    }

    public synchronized void resume() {
        stalled = false;
        stallAtDiff = -1;
        notifyAll();
    }

    public int connections() {
        return connections.get();
    }

    public int diffsSent() {
        return diffsSent.get();
    }

    public int tradesSent() {
        return tradesSent.get();
    }

    public boolean awaitEnd(long ms) throws InterruptedException {
        return finished.await(ms, TimeUnit.MILLISECONDS);
    }

    @Override
    public void onStart() {
        started.countDown();
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
        String d = handshake.getResourceDescriptor();
        int q = d.indexOf("streams=");
        Set<String> streams = q < 0 ? Set.of() : Set.of(d.substring(q + 8).split("/"));
        connections.incrementAndGet();
        Thread sender = new Thread(() -> send(conn, streams), "fake-binance-stream");
        sender.setDaemon(true);
        sender.start();
    }

    private void send(WebSocket conn, Set<String> streams) {
        int servedAtOpen = depth.served();
        int diffsOnThisConnection = 0;
        try {
            while (conn.isOpen() && !stopped) {
                int i = cursor.get();
                if (i >= lines.size()) {
                    finished.countDown();
                    return;
                }
                String json = lines.get(i);
                String stream = CaptureLines.streamOf(json);
                if (stream == null) {
                    depth.onSnapshotLine(json);
                } else if (streams.contains(stream)) {
                    if (stream.contains("@depth")) {
                        if (diffsOnThisConnection == 3) {
                            depth.awaitServedAfter(servedAtOpen, 2_000);
                        }
                        diffsOnThisConnection++;
                        if (!sendDiff(conn, json)) {
                            return;
                        }
                    } else {
                        conn.send(json);
                        tradesSent.incrementAndGet();
                    }
                }
                cursor.incrementAndGet();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException closedUnderUs) {
            // The client went away mid-send: the next connection carries on from the cursor.
        }
    }

    /** Returns false when the connection was dropped on purpose. */
    private boolean sendDiff(WebSocket conn, String json) throws InterruptedException {
        depth.onDiffLine(json);
        int n = diffsSent.incrementAndGet();
        if (n != skipAtDiff) {
            conn.send(json);
        }
        if (n == dropAtDiff) {
            cursor.incrementAndGet();
            conn.close(1001, "fake drop");
            return false;
        }
        if (n == stallAtDiff) {
            synchronized (this) {
                stalled = true;
                while (stalled && !stopped) {
                    wait(100);
                }
            }
        }
        return true;
    }

    @Override
    public void onClose(WebSocket conn, int code, String reason, boolean remote) {
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
    }

    @Override
    public void onError(WebSocket conn, Exception ex) {
    }

    void shutdown() throws InterruptedException {
        stopped = true;
        resume();
        stop(1000);
    }
}
