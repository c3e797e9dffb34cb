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
 * A venue's REST API on 127.0.0.1, answering each path (or method and path) with a payload in the venue's documented
 * shape (src/test/resources/xchange). A test swaps a route's answer (new trades, an order that filled), gives one an
 * error status, or makes every answer fail (an outage). Signatures are not checked: the tests are about what we do
 * with the answers.
 */
public final class FakeVenueServer implements AutoCloseable {
    private final HttpServer server;
    private final Map<String, String> routes = new ConcurrentHashMap<>();
    private final Map<String, Integer> statuses = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<String> calls = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<String> signed = new ConcurrentLinkedQueue<>();
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

    public static String load(String name) {
        try (InputStream in = FakeVenueServer.class.getResourceAsStream("/xchange/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public void route(String path, String body) {
        routes.put(path, body);
        statuses.remove(path);
    }

    /** {@code key} is a path, or a method and a path ("POST /orders"), which wins over the path alone. */
    void route(String key, int status, String body) {
        routes.put(key, body);
        statuses.put(key, status);
    }

    /** How many requests were made to the path (query string ignored). */
    long count(String method, String path) {
        return calls.stream().filter(c -> c.startsWith(method + " " + path)
                && (c.length() == (method + " " + path).length() || c.charAt((method + " " + path).length()) == '?'
                || c.charAt((method + " " + path).length()) == ' ')).count();
    }

    /** Every answer is this HTTP status from now on (0: serve normally). */
    public void failWith(int status) {
        failWithStatus = status;
    }

    public List<String> calls() {
        return List.copyOf(calls);
    }

    /** "METHOD path API-key" for each signed call (Kraken's API-Key, Coinbase's CB-ACCESS-KEY header). */
    List<String> signedCalls() {
        return List.copyOf(signed);
    }

    private void handle(HttpExchange http) throws IOException {
        String path = http.getRequestURI().getPath();
        String query = http.getRequestURI().getRawQuery() == null ? "" : "?" + http.getRequestURI().getRawQuery();
        String sent = new String(http.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        calls.add(path + query);
        String apiKey = http.getRequestHeaders().getFirst("API-Key");
        apiKey = apiKey != null ? apiKey : http.getRequestHeaders().getFirst("CB-ACCESS-KEY");
        if (apiKey != null) {
            signed.add(http.getRequestMethod() + " " + path + " " + apiKey);
        }
        calls.add(http.getRequestMethod() + " " + path + query + (sent.isEmpty() ? "" : " " + sent));
        String key = routes.containsKey(http.getRequestMethod() + " " + path) ? http.getRequestMethod() + " " + path
                : path;
        String body = routes.get(key);
        int status = failWithStatus != 0 ? failWithStatus : body == null ? 404 : statuses.getOrDefault(key, 200);
        String fallback = status == 404 ? "{\"message\":\"NotFound\",\"error\":[\"EGeneral:Unknown method\"]}"
                : "{\"error\":[\"EService:Unavailable\"],\"message\":\"fake\"}";
        byte[] bytes = (body != null && failWithStatus == 0 ? body : fallback).getBytes(StandardCharsets.UTF_8);
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
