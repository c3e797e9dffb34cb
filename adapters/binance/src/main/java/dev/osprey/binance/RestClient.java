package dev.osprey.binance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Binance's REST API over the JDK HTTP client: signs, stamps and rate-limits each call, reads the usage headers,
 * and turns every failure into a {@link BinanceApiException} of a known kind. A -1021 (clock skew) is retried once
 * after resyncing the server time: the request was refused, so nothing was executed. Nothing else is retried here:
 * an order whose outcome is unknown is the order entry's to reconcile.
 */
final class RestClient {
    private static final Logger LOG = LoggerFactory.getLogger(RestClient.class);
    static final ObjectMapper JSON = new ObjectMapper();

    private final BinanceConfig config;
    private final HttpClient http;
    private final ServerClock clock;
    private final SendGate gate;
    private final RateBudget budget;
    private final CredentialSlot keys;

    RestClient(BinanceConfig config, CredentialSlot keys, HttpClient http, ServerClock clock, SendGate gate,
               RateBudget budget) {
        this.config = config;
        this.keys = keys;
        this.http = http;
        this.clock = clock;
        this.gate = gate;
        this.budget = budget;
    }

    CompletableFuture<JsonNode> send(RestCall call) {
        if (!call.signed()) {
            return attempt(call);
        }
        return attempt(call).exceptionallyCompose(e -> {
            BinanceApiException b = ApiErrors.fromThrowable(e);
            if (b.kind() != ApiErrorKind.CLOCK_SKEW) {
                return CompletableFuture.failedFuture(b);
            }
            LOG.warn("{} refused for clock skew (-1021): resyncing server time and retrying once", call.describe());
            return clock.sync(this).thenCompose(offset -> attempt(call));
        });
    }

    private CompletableFuture<JsonNode> attempt(RestCall call) {
        long now = clock.localMs();
        BinanceApiException refused = refusal(call, now);
        if (refused != null) {
            return CompletableFuture.failedFuture(refused);
        }
        long wait = budget.admit(call.weight(), call.order(), clock.nowMs());
        if (wait > 0) {
            if (call.order()) {
                return CompletableFuture.failedFuture(BinanceApiException.local(ApiErrorKind.LOCAL_RATE_LIMIT,
                        "order rate limit from exchangeInfo reached; next order possible in " + wait + " ms"));
            }
            LOG.debug("{} waits {} ms for the request-weight window", call.describe(), wait);
            return CompletableFuture.supplyAsync(() -> null,
                    CompletableFuture.delayedExecutor(wait, TimeUnit.MILLISECONDS)).thenCompose(x -> attempt(call));
        }
        HttpRequest request = build(call);
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                .handle((response, failure) -> {
                    if (failure != null) {
                        BinanceApiException b = ApiErrors.fromThrowable(failure);
                        LOG.warn("{} failed: {}", call.describe(), b.getMessage());
                        throw b;
                    }
                    return read(call, response);
                });
    }

    private BinanceApiException refusal(RestCall call, long now) {
        if (call.signed() && !keys.present()) {
            return BinanceApiException.local(ApiErrorKind.HALTED, "no API key configured for Binance");
        }
        return gate.refusal(call.signed(), now);
    }

    private HttpRequest build(RestCall call) {
        StringBuilder query = new StringBuilder();
        for (Map.Entry<String, String> p : call.params().entrySet()) {
            append(query, p.getKey(), p.getValue());
        }
        HttpRequest.Builder b = HttpRequest.newBuilder().timeout(config.requestTimeout());
        BinanceCredentials credentials = keys.current(); // one key per request, even mid-rotation
        if (call.signed()) {
            append(query, "recvWindow", Long.toString(config.recvWindow().toMillis()));
            append(query, "timestamp", Long.toString(clock.nowMs()));
            append(query, "signature", credentials.sign(query.toString()));
        }
        if (credentials != null) {
            b.header("X-MBX-APIKEY", credentials.apiKey());
        }
        String url = config.endpoints().rest() + call.path() + (query.length() == 0 ? "" : "?" + query);
        return b.uri(URI.create(url)).method(call.method(), HttpRequest.BodyPublishers.noBody()).build();
    }

    private static void append(StringBuilder query, String name, String value) {
        if (query.length() > 0) {
            query.append('&');
        }
        query.append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }

    private JsonNode read(RestCall call, HttpResponse<String> response) {
        var headers = response.headers();
        long now = clock.nowMs();
        budget.observe(headers.firstValue("X-MBX-USED-WEIGHT-1M").orElse(null),
                headers.firstValue("X-MBX-ORDER-COUNT-10S").orElse(null),
                headers.firstValue("X-MBX-ORDER-COUNT-1D").orElse(null), now);
        int status = response.statusCode();
        JsonNode body = parse(response.body());
        if (status / 100 == 2 && body != null) {
            return body;
        }
        int code = body == null ? BinanceApiException.NO_CODE : body.path("code").asInt(BinanceApiException.NO_CODE);
        String msg = body == null ? "" : body.path("msg").asText("");
        long retryAfterMs = retryAfterMs(headers.firstValue("Retry-After").orElse(null));
        ApiErrorKind kind = ApiErrors.classify(status, code, msg);
        BinanceApiException e = new BinanceApiException(kind, status, code, msg, retryAfterMs);
        LOG.warn("{} refused: {}", call.describe(), e.getMessage());
        onRefusal(e, clock.localMs());
        throw e;
    }

    private void onRefusal(BinanceApiException e, long now) {
        switch (e.kind()) {
            case RATE_LIMITED, IP_BANNED -> {
                // Without Retry-After Binance still expects a back-off; a minute is one weight window.
                long wait = e.retryAfterMs() > 0 ? e.retryAfterMs() : 60_000;
                String what = e.kind() == ApiErrorKind.IP_BANNED ? "IP banned by Binance (HTTP 418)"
                        : "rate limited by Binance (HTTP " + e.httpStatus() + ")";
                gate.pause(now + wait, what, now);
            }
            case BAD_CREDENTIALS -> gate.halt("Binance refused the API key or signature (code " + e.code()
                    + "): check the key, its secret and its permissions", now);
            default -> {
            }
        }
    }

    private static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }

    static long retryAfterMs(String header) {
        if (header == null) {
            return 0;
        }
        try {
            return Math.max(0, Long.parseLong(header.trim()) * 1000);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
