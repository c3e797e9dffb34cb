package dev.osprey.xchange;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * A venue's public REST API on 127.0.0.1, answering each path with a payload in the venue's documented shape
 * (src/test/resources/xchange). A test swaps a route's answer (new trades) or makes it fail (an outage).
 */
public final class FakeVenueServer implements AutoCloseable {
    private final HttpServer server;
    private final Map<String, String> routes = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<String> calls = new ConcurrentLinkedQueue<>();
    private volatile int failWithStatus;

    private FakeVenueServer() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    public static FakeVenueServer kraken() {
        FakeVenueServer s = new FakeVenueServer();
        s.route("/0/public/Depth", load("kraken-depth.json"));
        s.route("/0/public/Trades", load("kraken-trades.json"));
        s.route("/0/public/Assets", load("kraken-assets.json"));
        s.route("/0/public/AssetPairs", load("kraken-asset-pairs.json"));
        return s;
    }

    public static FakeVenueServer coinbase() {
        FakeVenueServer s = new FakeVenueServer();
        s.route("/products/BTC-USD/book", load("coinbase-book.json"));
        s.route("/products/BTC-USD/trades", load("coinbase-trades.json"));
        s.route("/products", load("coinbase-products.json"));
        s.route("/currencies", load("coinbase-currencies.json"));
        return s;
    }

    static String load(String name) {
        try (InputStream in = FakeVenueServer.class.getResourceAsStream("/xchange/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    void route(String path, String body) {
        routes.put(path, body);
    }

    /** Every answer is this HTTP status from now on (0: serve normally). */
    public void failWith(int status) {
        failWithStatus = status;
    }

    List<String> calls() {
        return List.copyOf(calls);
    }

    private void handle(HttpExchange http) throws IOException {
        String path = http.getRequestURI().getPath();
        calls.add(path + (http.getRequestURI().getRawQuery() == null ? "" : "?" + http.getRequestURI().getRawQuery()));
        String body = routes.get(path);
        int status = failWithStatus != 0 ? failWithStatus : body == null ? 404 : 200;
        byte[] bytes = (status == 200 ? body : "{\"error\":[\"EService:Unavailable\"],\"message\":\"fake\"}")
                .getBytes(StandardCharsets.UTF_8);
        http.getResponseHeaders().add("Content-Type", "application/json");
        http.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = http.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
