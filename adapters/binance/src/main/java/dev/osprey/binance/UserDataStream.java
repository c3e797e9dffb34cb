package dev.osprey.binance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The user data stream over the WebSocket API (Binance retired REST listen keys): with an Ed25519 key,
 * {@code session.logon} then {@code userDataStream.subscribe}; with an HMAC key,
 * {@code userDataStream.subscribe.signature}. Events arrive as {@code {"subscriptionId":N,"event":{...}}}. A
 * {@code ping} request keeps traffic flowing so silence means a dead connection. Runs on its own thread,
 * {@value #THREAD_NAME}; the listener hands events to the venue thread.
 */
final class UserDataStream {
    static final String THREAD_NAME = "binance-user";
    private static final Logger LOG = LoggerFactory.getLogger(UserDataStream.class);

    interface Listener {
        void onEvent(JsonNode event);

        void onUp();

        void onDown(String why);
    }

    private final BinanceConfig config;
    private final CredentialSlot keys;
    private final ServerClock clock;
    private final RestClient rest;
    private final SendGate gate;
    private final Listener listener;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, THREAD_NAME);
        t.setDaemon(true);
        return t;
    });
    private final ResilientSocket socket;
    private long nextId;
    private boolean up;

    UserDataStream(BinanceConfig config, CredentialSlot keys, HttpClient http, ServerClock clock, RestClient rest,
                   SendGate gate, Listener listener) {
        this.config = config;
        this.keys = keys;
        this.clock = clock;
        this.rest = rest;
        this.gate = gate;
        this.listener = listener;
        URI uri = config.endpoints().webSocketApi();
        this.socket = new ResilientSocket(new JdkSocketConnector(http), uri, thread, new Backoff(config.reconnectMin(), config.reconnectMax()),
                config.staleAfter(), new Handler());
    }

    void start() {
        thread.execute(socket::start);
        long pingMs = Math.max(50, config.staleAfter().toMillis() / 3);
        thread.scheduleWithFixedDelay(() -> request("ping", null), pingMs, pingMs, TimeUnit.MILLISECONDS);
    }

    void close() {
        socket.close();
        thread.shutdown();
    }

    /** Drops the connection as a network failure would; for the check command and tests. */
    void dropConnection(String why) {
        socket.fail(why);
    }

    private void subscribe() {
        BinanceCredentials credentials = keys.current();
        if (gate.halted() || credentials == null) {
            return; // no key, or it was refused: a subscription would be refused the same way
        }
        String method = credentials.isEd25519() ? "session.logon" : "userDataStream.subscribe.signature";
        request(method, signedParams(credentials));
    }

    /** Parameters signed as the WebSocket API wants: sorted by name, joined as a query string. */
    private ObjectNode signedParams(BinanceCredentials credentials) {
        long ts = clock.nowMs();
        String apiKey = credentials.apiKey();
        ObjectNode p = RestClient.JSON.createObjectNode();
        p.put("apiKey", apiKey);
        p.put("timestamp", ts);
        p.put("signature", credentials.sign("apiKey=" + apiKey + "&timestamp=" + ts));
        return p;
    }

    private void request(String method, ObjectNode params) {
        ObjectNode req = RestClient.JSON.createObjectNode();
        req.put("id", method + "-" + (++nextId));
        req.put("method", method);
        if (params != null) {
            req.set("params", params);
        }
        socket.send(req.toString());
    }

    private void onResponse(JsonNode msg) {
        String id = msg.path("id").asText("");
        int status = msg.path("status").asInt(200);
        if (status != 200) {
            onError(id, status, msg.path("error"));
        } else if (id.startsWith("session.logon-")) {
            request("userDataStream.subscribe", null);
        } else if (id.startsWith("userDataStream.subscribe")) {
            LOG.info("user data stream subscribed (subscription {})", msg.path("result").path("subscriptionId"));
            up = true;
            listener.onUp();
        }
    }

    private void onError(String id, int status, JsonNode error) {
        int code = error.path("code").asInt();
        String msg = error.path("msg").asText("");
        ApiErrorKind kind = ApiErrors.classify(status, code, msg);
        LOG.warn("WebSocket API refused {} (status {}, code {}): {}", id.replaceAll("-\\d+$", ""), status, code, msg);
        if (kind == ApiErrorKind.BAD_CREDENTIALS) {
            gate.halt("Binance refused the API key or signature on the WebSocket API (code " + code + ")",
                    clock.localMs());
            fail("subscription refused: " + msg);
        } else if (kind == ApiErrorKind.CLOCK_SKEW) {
            clock.sync(rest).whenCompleteAsync((o, e) -> subscribe(), thread);
        } else if (kind == ApiErrorKind.RATE_LIMITED || kind == ApiErrorKind.IP_BANNED) {
            fail("rate limited on the WebSocket API: " + msg);
        } else if (!id.startsWith("ping")) {
            fail("subscription refused: " + msg);
        }
    }

    private void fail(String why) {
        socket.fail(why);
    }

    private final class Handler implements ResilientSocket.Handler {
        @Override
        public void onConnecting(URI uri, int attempt) {
        }

        @Override
        public void onOpen() {
            subscribe();
        }

        @Override
        public void onText(String message) {
            JsonNode msg;
            try {
                msg = RestClient.JSON.readTree(message);
            } catch (Exception e) {
                LOG.warn("unreadable WebSocket API message skipped: {}", e.getMessage());
                return;
            }
            JsonNode event = msg.get("event");
            if (event != null) {
                if ("eventStreamTerminated".equals(event.path("e").asText())) {
                    fail("Binance ended the subscription (eventStreamTerminated)");
                } else {
                    listener.onEvent(event);
                }
            } else if (msg.has("id")) {
                onResponse(msg);
            }
        }

        @Override
        public void onDown(String why, long reconnectInMs) {
            if (up) {
                up = false;
                listener.onDown(why);
            }
        }
    }
}
