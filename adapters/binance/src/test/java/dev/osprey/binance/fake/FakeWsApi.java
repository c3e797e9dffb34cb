package dev.osprey.binance.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * Binance's WebSocket API on 127.0.0.1, the parts the user data stream needs: {@code
 * userDataStream.subscribe.signature} (HMAC over {@code apiKey=..&timestamp=..}), {@code session.logon} (Ed25519,
 * same payload) then {@code userDataStream.subscribe}, {@code ping}, and the account
 * events of {@link FakeExchange} wrapped as {@code {"subscriptionId":N,"event":{...}}}. Events raised while no one
 * is subscribed are lost, as they are on Binance.
 */
public final class FakeWsApi extends WebSocketServer {
    private final String apiKey;
    private final FakeRest signer;
    private final LongSupplier serverTime;
    private final Map<WebSocket, Integer> subscribed = new ConcurrentHashMap<>();
    private final Set<WebSocket> loggedOn = ConcurrentHashMap.newKeySet();
    private final AtomicInteger subscriptions = new AtomicInteger();
    private final CountDownLatch started = new CountDownLatch(1);
    private volatile boolean refuseSignature;
    private volatile boolean overloaded;
    private volatile boolean muted;

    FakeWsApi(String apiKey, FakeRest signer, LongSupplier serverTime, FakeExchange exchange)
            throws InterruptedException {
        super(new InetSocketAddress("127.0.0.1", 0));
        this.apiKey = apiKey;
        this.signer = signer;
        this.serverTime = serverTime;
        setReuseAddr(true);
        exchange.onEvent(this::push);
        start();
        if (!started.await(5, TimeUnit.SECONDS)) {
            throw new IllegalStateException("fake WebSocket API did not start");
        }
    }

    public String url() {
        return "ws://127.0.0.1:" + getPort() + "/ws-api/v3";
    }

    /** Closes every connection, as a network break would. */
    public void dropConnections() {
        subscribed.clear();
        getConnections().forEach(c -> c.close(1006, "fake drop"));
    }

    /** Answers every subscription with Binance's "server busy" (-1008), as during an incident. */
    public void overloaded(boolean on) {
        overloaded = on;
    }

    /** Loses every account event, as a connection that is silently dead would. */
    public void mute(boolean on) {
        muted = on;
    }

    public void refuseSignature(boolean refuse) {
        refuseSignature = refuse;
    }

    public int subscriptions() {
        return subscriptions.get();
    }

    public boolean anySubscribed() {
        return !subscribed.isEmpty();
    }

    @Override
    public void onStart() {
        started.countDown();
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
        JsonNode req = Payloads.parse(message);
        String id = req.path("id").asText();
        String method = req.path("method").asText();
        ObjectNode answer = Payloads.JSON.createObjectNode();
        answer.put("id", id);
        switch (method) {
            case "ping" -> answer.put("status", 200).putObject("result");
            case "userDataStream.subscribe.signature" -> subscribe(conn, req.path("params"), answer);
            case "session.logon" -> logon(conn, req.path("params"), answer);
            case "userDataStream.subscribe" -> subscribeLoggedOn(conn, answer);
            default -> error(answer, 400, -1100, "Unknown method in the fake: " + method);
        }
        answer.putArray("rateLimits").addObject().put("rateLimitType", "REQUEST_WEIGHT").put("interval", "MINUTE")
                .put("intervalNum", 1).put("limit", 6000).put("count", 2);
        conn.send(answer.toString());
    }

    private void subscribe(WebSocket conn, JsonNode p, ObjectNode answer) {
        if (signatureRefused(p, answer)) {
            return;
        }
        int sid = subscriptions.getAndIncrement();
        subscribed.put(conn, sid);
        answer.put("status", 200).putObject("result").put("subscriptionId", sid);
    }

    /** Binance answers with the session's state; the connection is then authenticated as the key. */
    private void logon(WebSocket conn, JsonNode p, ObjectNode answer) {
        if (signatureRefused(p, answer)) {
            return;
        }
        loggedOn.add(conn);
        answer.put("status", 200).putObject("result").put("apiKey", apiKey)
                .put("authorizedSince", serverTime.getAsLong()).put("connectedSince", serverTime.getAsLong())
                .put("returnRateLimits", true).put("serverTime", serverTime.getAsLong());
    }

    private void subscribeLoggedOn(WebSocket conn, ObjectNode answer) {
        if (!loggedOn.contains(conn)) {
            error(answer, 401, -2015, "Invalid API-key, IP, or permissions for action.");
            return;
        }
        int sid = subscriptions.getAndIncrement();
        subscribed.put(conn, sid);
        answer.put("status", 200).putObject("result").put("subscriptionId", sid);
    }

    /** True (and the error put in the answer) when the signed parameters do not pass Binance's checks. */
    private boolean signatureRefused(JsonNode p, ObjectNode answer) {
        long ts = p.path("timestamp").asLong();
        String payload = "apiKey=" + p.path("apiKey").asText() + "&timestamp=" + ts;
        if (overloaded) {
            error(answer, 503, -1008, "Server is currently overloaded with other requests. Please try again in a "
                    + "few minutes.");
        } else if (!apiKey.equals(p.path("apiKey").asText())) {
            error(answer, 401, -2015, "Invalid API-key, IP, or permissions for action.");
        } else if (Math.abs(serverTime.getAsLong() - ts) > 5000) {
            error(answer, 400, -1021, "Timestamp for this request is outside of the recvWindow.");
        } else if (refuseSignature || !signer.verify(payload, p.path("signature").asText())) {
            error(answer, 400, -1022, "Signature for this request is not valid.");
        } else {
            return false;
        }
        return true;
    }

    private static void error(ObjectNode answer, int status, int code, String msg) {
        answer.put("status", status);
        answer.putObject("error").put("code", code).put("msg", msg);
    }

    private void push(ObjectNode event) {
        if (muted) {
            return;
        }
        subscribed.forEach((conn, sid) -> {
            ObjectNode wrapped = Payloads.JSON.createObjectNode();
            wrapped.put("subscriptionId", sid);
            wrapped.set("event", event);
            if (conn.isOpen()) {
                conn.send(wrapped.toString());
            }
        });
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
    }

    @Override
    public void onClose(WebSocket conn, int code, String reason, boolean remote) {
        subscribed.remove(conn);
        loggedOn.remove(conn);
    }

    @Override
    public void onError(WebSocket conn, Exception ex) {
    }
}
