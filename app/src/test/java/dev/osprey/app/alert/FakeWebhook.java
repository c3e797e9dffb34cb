package dev.osprey.app.alert;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;

/** An HTTP server on 127.0.0.1 that records each POSTed body and answers with a chosen status, or not at all. */
final class FakeWebhook implements AutoCloseable {
    final BlockingQueue<String> bodies = new LinkedBlockingQueue<>();
    private final HttpServer server;
    private final CountDownLatch released = new CountDownLatch(1);
    private volatile int status = 204;
    private volatile boolean hang;

    FakeWebhook() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "fake-webhook");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                bodies.add(exchange.getRequestMethod() + " " + exchange.getRequestHeaders().getFirst("Content-Type")
                        + " " + new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
            if (hang) {
                try {
                    released.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    void answer(int code) {
        status = code;
    }

    void hang() {
        hang = true;
    }

    @Override
    public void close() {
        released.countDown();
        server.stop(0);
    }
}
