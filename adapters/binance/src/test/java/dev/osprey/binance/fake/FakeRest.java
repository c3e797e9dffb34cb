package dev.osprey.binance.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Binance's REST API on 127.0.0.1 (JDK HttpServer): checks the API key header, the HMAC signature over the query
 * and the timestamp against recvWindow as Binance does, answers from {@link FakeExchange} and {@link FakeDepth},
 * sends the usage headers, and lets a test put a {@link Fault} in front of the next call to a path.
 */
final class FakeRest {
    private final HttpServer server;
    private final FakeExchange exchange;
    private final FakeDepth depth;
    private final String apiKey;
    private final byte[] secret;
    private final java.util.function.LongSupplier serverTime;
    private final Map<String, ConcurrentLinkedQueue<Fault>> faults = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<String> calls = new ConcurrentLinkedQueue<>();
    private final AtomicInteger usedWeight = new AtomicInteger();
    private final CountDownLatch never = new CountDownLatch(1);
    /** Set when the API key is an Ed25519 key, as Binance stores the public half. */
    volatile java.security.PublicKey ed25519;
    /** What {@code apiRestrictions} answers; a test changes it to play a weaker key. */
    volatile com.fasterxml.jackson.databind.node.ObjectNode apiRestrictions = Payloads.load("api-restrictions.json");

    /** What {@code account/commission} answers, with the symbol asked for; a test changes the rates. */
    volatile com.fasterxml.jackson.databind.node.ObjectNode commission = Payloads.load("account-commission.json");

    FakeRest(FakeExchange exchange, FakeDepth depth, String apiKey, String secret,
             java.util.function.LongSupplier serverTime) throws IOException {
        this.exchange = exchange;
        this.depth = depth;
        this.apiKey = apiKey;
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.serverTime = serverTime;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "fake-binance-rest");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    void faultNext(String methodAndPath, Fault fault) {
        faults.computeIfAbsent(methodAndPath, k -> new ConcurrentLinkedQueue<>()).add(fault);
    }

    /** "METHOD /path" of every call served, in order. */
    List<String> calls() {
        return List.copyOf(calls);
    }

    /** Waits until {@code route} has been called {@code n} times; fails after {@code timeoutMs}. */
    void awaitCalls(String route, long n, long timeoutMs) {
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMs);
        synchronized (calls) {
            while (calls.stream().filter(route::equals).count() < n) {
                long left = end - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("timed out waiting for " + n + " calls of " + route + "; got " + calls);
                }
                try {
                    calls.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("interrupted waiting for " + route);
                }
            }
        }
    }

    void stop() {
        never.countDown();
        server.stop(0);
    }

    private void handle(HttpExchange http) throws IOException {
        String route = http.getRequestMethod() + " " + http.getRequestURI().getPath();
        String rawQuery = http.getRequestURI().getRawQuery();
        // Binance takes parameters in the query string, the form body or both (XChange sends a POST's in the body).
        String body = new String(http.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        synchronized (calls) {
            calls.add(route);
            calls.notifyAll();
        }
        try {
            Map<String, String> params = params(rawQuery);
            params.putAll(params(body.isEmpty() ? null : body));
            Fault fault = next(route);
            if (fault != null && fault.holdMs() > 0) {
                awaitQuietly(fault.holdMs());
            }
            if (fault != null && fault.error() != null && !fault.executeFirst()) {
                throw fault.error();
            }
            JsonNode answer = serve(http, route, rawQuery, body, params);
            if (fault != null && fault.error() != null) {
                throw fault.error();
            }
            send(http, 200, answer.toString(), 0);
        } catch (FakeError e) {
            String page = e.code == 0 ? "<html><body>502 Bad Gateway</body></html>"
                    : Payloads.error(e.code, e.msg).toString();
            send(http, e.status, page, e.retryAfterSeconds);
        } catch (RuntimeException e) {
            send(http, 400, Payloads.error(-1102, "Mandatory parameter was not sent: " + e.getMessage()).toString(), 0);
        }
    }

    private JsonNode serve(HttpExchange http, String route, String rawQuery, String body, Map<String, String> p) {
        switch (route) {
            case "GET /api/v3/time":
                return Payloads.JSON.createObjectNode().put("serverTime", serverTime.getAsLong());
            case "GET /api/v3/exchangeInfo":
                return Payloads.load("exchange-info-btcusdt.json").put("serverTime", serverTime.getAsLong());
            case "GET /api/v3/depth":
                return depth.snapshot(Integer.parseInt(p.getOrDefault("limit", "100")));
            default:
                break;
        }
        checkSigned(http, rawQuery, body, p);
        return switch (route) {
            case "POST /api/v3/order" -> exchange.place(p);
            case "DELETE /api/v3/order" -> exchange.cancel(p.get("symbol"), orderNamed(p));
            case "GET /api/v3/order" -> exchange.query(p.get("symbol"), orderNamed(p));
            case "GET /api/v3/openOrders" -> exchange.openOrders(p.get("symbol"));
            case "DELETE /api/v3/openOrders" -> exchange.cancelAll(p.get("symbol"));
            case "GET /api/v3/account" -> exchange.account();
            case "GET /sapi/v1/account/apiRestrictions" -> apiRestrictions.deepCopy();
            case "GET /api/v3/account/commission" -> commission.deepCopy().put("symbol", required(p, "symbol"));
            case "GET /api/v3/myTrades" -> exchange.myTrades(p.get("symbol"),
                    Long.parseLong(p.getOrDefault("orderId", "-1")));
            default -> throw new FakeError(404, -1100, "no such endpoint in the fake: " + route);
        };
    }

    private static String required(Map<String, String> p, String name) {
        String v = p.get(name);
        if (v == null) {
            throw new FakeError(400, -1102, "Mandatory parameter '" + name + "' was not sent, was empty/null, or "
                    + "malformed.");
        }
        return v;
    }

    /** As Binance: when both are sent, {@code orderId} wins over {@code origClientOrderId}. */
    private String orderNamed(Map<String, String> p) {
        String orderId = p.get("orderId");
        if (orderId == null) {
            return p.get("origClientOrderId");
        }
        String byId = exchange.clientIdOf(Long.parseLong(orderId));
        return byId != null ? byId : "no order " + orderId;
    }

    /**
     * Binance's order of checks: key, then timestamp against recvWindow, then signature over "totalParams": the
     * query string without the signature, then the request body.
     */
    private void checkSigned(HttpExchange http, String rawQuery, String body, Map<String, String> p) {
        if (!apiKey.equals(http.getRequestHeaders().getFirst("X-MBX-APIKEY"))) {
            throw new FakeError(401, -2015, "Invalid API-key, IP, or permissions for action.");
        }
        long ts = Long.parseLong(p.getOrDefault("timestamp", "0"));
        long window = Long.parseLong(p.getOrDefault("recvWindow", "5000"));
        long now = serverTime.getAsLong();
        if (ts >= now + 1000 || now - ts > window) {
            throw new FakeError(400, -1021, "Timestamp for this request is outside of the recvWindow.");
        }
        String query = rawQuery == null ? "" : rawQuery;
        int at = query.lastIndexOf("signature=");
        String signed = at < 0 ? "" : query.substring(0, Math.max(0, at - 1));
        if (at < 0 || (at > 0 && query.charAt(at - 1) != '&') || !verify(signed + body, p.get("signature"))) {
            throw new FakeError(400, -1022, "Signature for this request is not valid.");
        }
    }

    /** The key registered for the API key: HMAC (hex) by default, Ed25519 (base64) once one is registered. */
    boolean verify(String payload, String signature) {
        java.security.PublicKey ed = ed25519;
        if (ed == null) {
            return hmac(payload).equalsIgnoreCase(signature);
        }
        try {
            java.security.Signature s = java.security.Signature.getInstance("Ed25519");
            s.initVerify(ed);
            s.update(payload.getBytes(StandardCharsets.UTF_8));
            return s.verify(java.util.Base64.getDecoder().decode(signature));
        } catch (Exception e) {
            return false;
        }
    }

    String hmac(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return java.util.HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Fault next(String route) {
        ConcurrentLinkedQueue<Fault> q = faults.get(route);
        return q == null ? null : q.poll();
    }

    private void send(HttpExchange http, int status, String body, int retryAfterSeconds) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        http.getResponseHeaders().add("Content-Type", "application/json;charset=UTF-8");
        http.getResponseHeaders().add("X-MBX-USED-WEIGHT-1M", Integer.toString(usedWeight.incrementAndGet()));
        if (retryAfterSeconds > 0) {
            http.getResponseHeaders().add("Retry-After", Integer.toString(retryAfterSeconds));
        }
        http.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = http.getResponseBody()) {
            out.write(bytes);
        } catch (IOException clientGone) {
            // The client timed out and closed: nothing to answer.
        }
    }

    private void awaitQuietly(long ms) {
        try {
            never.await(ms, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Map<String, String> params(String rawQuery) {
        Map<String, String> p = new LinkedHashMap<>();
        if (rawQuery == null) {
            return p;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            p.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return p;
    }
}
