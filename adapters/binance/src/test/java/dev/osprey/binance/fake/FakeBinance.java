package dev.osprey.binance.fake;

import dev.osprey.binance.BinanceConfig;
import dev.osprey.binance.BinanceCredentials;
import java.io.IOException;
import java.time.Duration;
import java.util.List;

/**
 * A whole Binance on 127.0.0.1: REST, the combined market stream replaying a real capture, and the WebSocket API
 * with the user data stream. The adapter reaches it through configuration alone ({@link #config()}).
 */
public final class FakeBinance implements AutoCloseable {
    public static final String API_KEY = "vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A";
    public static final String SECRET = "NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j";

    public final FakeExchange exchange;
    public final FakeMarketStream market;
    public final FakeWsApi wsApi;
    private final FakeRest rest;
    private final FakeDepth depth;
    /** Added to the fake's clock: a client whose clock is off by this much gets -1021 until it resyncs. */
    public volatile long serverTimeOffsetMs;

    private FakeBinance(List<String> lines) throws IOException, InterruptedException {
        exchange = new FakeExchange(this::serverTime);
        depth = new FakeDepth(lines);
        rest = new FakeRest(exchange, depth, API_KEY, SECRET, this::serverTime);
        market = new FakeMarketStream(lines, depth);
        wsApi = new FakeWsApi(API_KEY, rest, this::serverTime, exchange);
    }

    /** A fake whose market stream replays the given capture resources (none: no market data). */
    public static FakeBinance start(String... captures) {
        try {
            return new FakeBinance(CaptureLines.of(captures));
        } catch (IOException e) {
            throw new IllegalStateException("fake Binance did not start", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    public long serverTime() {
        return System.currentTimeMillis() + serverTimeOffsetMs;
    }

    public String restUrl() {
        return rest.url();
    }

    /** Pointed at this fake, with its key, and timings short enough for tests. */
    public BinanceConfig.Builder config() {
        return BinanceConfig.builder()
                .restUrl(rest.url())
                .marketStreamUrl(market.url())
                .webSocketApiUrl(wsApi.url())
                .credentials(BinanceCredentials.hmac(API_KEY, SECRET.toCharArray()))
                .symbols(List.of("BTCUSDT"))
                .requestTimeout(Duration.ofSeconds(2))
                .reconnect(Duration.ofMillis(20), Duration.ofMillis(200))
                .staleAfter(Duration.ofSeconds(5))
                .accountPollInterval(Duration.ofMillis(200))
                .reconcile(Duration.ofMillis(50), 3);
    }

    /** The API key is an Ed25519 key from now on: REST and the WebSocket API verify against this public key. */
    public void useEd25519(java.security.PublicKey publicKey) {
        rest.ed25519 = publicKey;
    }

    /** Plays a key with these permissions on {@code /sapi/v1/account/apiRestrictions}. */
    public void keyPermissions(boolean spotTrading, boolean withdrawals, boolean ipRestrict) {
        rest.apiRestrictions = Payloads.load("api-restrictions.json").put("enableSpotAndMarginTrading", spotTrading)
                .put("enableWithdrawals", withdrawals).put("ipRestrict", ipRestrict);
    }

    /** Plays an account with these standard rates on {@code /api/v3/account/commission}. */
    public void commissionRates(String maker, String taker) {
        com.fasterxml.jackson.databind.node.ObjectNode answer = Payloads.load("account-commission.json");
        ((com.fasterxml.jackson.databind.node.ObjectNode) answer.path("standardCommission")).put("maker", maker)
                .put("taker", taker);
        rest.commission = answer;
    }

    public void faultNext(String methodAndPath, Fault fault) {
        rest.faultNext(methodAndPath, fault);
    }

    /** Waits until the venue has called {@code route} {@code n} times. */
    public void awaitRestCalls(String route, long n, java.time.Duration timeout) {
        rest.awaitCalls(route, n, timeout.toMillis());
    }

    public List<String> restCalls() {
        return rest.calls();
    }

    public long depthLastUpdateId() {
        return depth.lastUpdateId();
    }

    public List<dev.osprey.core.market.Level> topBids(int n) {
        return depth.topBids(n);
    }

    public List<dev.osprey.core.market.Level> topAsks(int n) {
        return depth.topAsks(n);
    }

    @Override
    public void close() {
        rest.stop();
        try {
            market.shutdown();
            wsApi.stop(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
