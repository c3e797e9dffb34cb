package dev.osprey.binance;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Binance's REST API through XChange ({@link BinanceRestApi}): refuses, stamps, signs and rate-limits each call,
 * runs XChange's blocking call on a small pool of its own, {@value #THREAD_NAME}, and turns every failure into a
 * {@link BinanceApiException} of a known kind. A -1021 (clock skew) is retried once after resyncing the server
 * time: the request was refused, so nothing was executed. Nothing else is retried here: an order whose outcome is
 * unknown is the order entry's to reconcile.
 */
final class RestClient implements AutoCloseable {
    static final String THREAD_NAME = "binance-rest";
    private static final Logger LOG = LoggerFactory.getLogger(RestClient.class);
    static final ObjectMapper JSON = new ObjectMapper();

    private final BinanceConfig config;
    private final BinanceRestApi api;
    private final ServerClock clock;
    private final SendGate gate;
    private final RateBudget budget;
    private final CredentialSlot keys;
    /** rescu blocks a thread per call; four cover an order, a cancel, a query and a snapshot at once. */
    private final ExecutorService io = Executors.newFixedThreadPool(4, r -> {
        Thread t = new Thread(r, THREAD_NAME);
        t.setDaemon(true);
        return t;
    });

    RestClient(BinanceConfig config, CredentialSlot keys, BinanceRestApi api, ServerClock clock, SendGate gate,
               RateBudget budget) {
        this.config = config;
        this.keys = keys;
        this.api = api;
        this.clock = clock;
        this.gate = gate;
        this.budget = budget;
    }

    <T> CompletableFuture<T> send(RestCall call, VenueRequest<T> request) {
        if (!call.signed()) {
            return attempt(call, request);
        }
        return attempt(call, request).exceptionallyCompose(e -> {
            BinanceApiException b = ApiErrors.fromThrowable(e);
            if (b.kind() != ApiErrorKind.CLOCK_SKEW) {
                return CompletableFuture.failedFuture(b);
            }
            LOG.warn("{} refused for clock skew (-1021): resyncing server time and retrying once", call.describe());
            return clock.sync(this).thenCompose(offset -> attempt(call, request));
        });
    }

    private <T> CompletableFuture<T> attempt(RestCall call, VenueRequest<T> request) {
        BinanceApiException refused = refusal(call, clock.localMs());
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
                    CompletableFuture.delayedExecutor(wait, TimeUnit.MILLISECONDS)).thenCompose(x -> attempt(call, request));
        }
        SignedAs auth = auth(); // one key per request, even mid-rotation
        return CompletableFuture.supplyAsync(() -> {
            try {
                return request.send(api, auth);
            } catch (IOException | RuntimeException e) {
                throw failed(call, e);
            }
        }, io);
    }

    private SignedAs auth() {
        BinanceCredentials credentials = keys.current();
        if (credentials == null) {
            return new SignedAs(null, null, clock::nowMs, config.recvWindow().toMillis());
        }
        return new SignedAs(credentials.apiKey(), new RequestSigner(credentials), clock::nowMs,
                config.recvWindow().toMillis());
    }

    private BinanceApiException refusal(RestCall call, long now) {
        if (call.signed() && !keys.present()) {
            return BinanceApiException.local(ApiErrorKind.HALTED, "no API key configured for Binance");
        }
        return gate.refusal(call.signed(), now);
    }

    private BinanceApiException failed(RestCall call, Throwable t) {
        BinanceApiException e = ApiErrors.fromThrowable(t);
        VenueAnswer answer = VenueAnswer.of(ApiErrors.unwrap(t));
        if (answer == null) {
            LOG.warn("{} failed: {}", call.describe(), e.getMessage());
            return e;
        }
        budget.observe(answer.header("X-MBX-USED-WEIGHT-1M"), answer.header("X-MBX-ORDER-COUNT-10S"),
                answer.header("X-MBX-ORDER-COUNT-1D"), clock.nowMs());
        LOG.warn("{} refused: {}", call.describe(), e.getMessage());
        onRefusal(call, e, clock.localMs());
        return e;
    }

    private void onRefusal(RestCall call, BinanceApiException e, long now) {
        switch (e.kind()) {
            case RATE_LIMITED, IP_BANNED -> {
                // Without Retry-After Binance still expects a back-off; a minute is one weight window.
                long wait = e.retryAfterMs() > 0 ? e.retryAfterMs() : 60_000;
                String what = e.kind() == ApiErrorKind.IP_BANNED ? "IP banned by Binance (HTTP 418)"
                        : "rate limited by Binance (HTTP " + e.httpStatus() + ")";
                gate.pause(now + wait, what, now);
            }
            case BAD_CREDENTIALS -> {
                if (!call.optional()) {
                    gate.halt("Binance refused the API key or signature (code " + e.code()
                            + "): check the key, its secret and its permissions", now);
                }
            }
            default -> {
            }
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

    @Override
    public void close() {
        io.shutdownNow();
    }
}
