package dev.osprey.binance;

import java.net.URI;
import java.util.Objects;

/**
 * Where the three Binance spot services live: the REST API, the market-data streams and the WebSocket API (which
 * carries the user data stream). Plain http/ws URLs are accepted so tests can point everything at 127.0.0.1.
 */
public record BinanceEndpoints(URI rest, URI marketStream, URI webSocketApi) {

    public static final BinanceEndpoints MAINNET = new BinanceEndpoints(
            URI.create("https://api.binance.com"),
            URI.create("wss://stream.binance.com:9443"),
            URI.create("wss://ws-api.binance.com:443/ws-api/v3"));

    public static final BinanceEndpoints TESTNET = new BinanceEndpoints(
            URI.create("https://testnet.binance.vision"),
            URI.create("wss://stream.testnet.binance.vision"),
            URI.create("wss://ws-api.testnet.binance.vision/ws-api/v3"));

    public BinanceEndpoints {
        rest = stripSlash(Objects.requireNonNull(rest, "rest"));
        marketStream = stripSlash(Objects.requireNonNull(marketStream, "marketStream"));
        webSocketApi = Objects.requireNonNull(webSocketApi, "webSocketApi");
        requireScheme(rest, "rest", "http", "https");
        requireScheme(marketStream, "marketStream", "ws", "wss");
        requireScheme(webSocketApi, "webSocketApi", "ws", "wss");
    }

    /** The one switch between live money and Binance's spot testnet. */
    public static BinanceEndpoints of(boolean testnet) {
        return testnet ? TESTNET : MAINNET;
    }

    public boolean isTestnet() {
        return rest.getHost() != null && rest.getHost().endsWith("testnet.binance.vision");
    }

    /** The combined-stream URL for the given stream names, e.g. {@code btcusdt@depth@100ms}. */
    URI combinedStream(Iterable<String> streams) {
        return URI.create(marketStream + "/stream?streams=" + String.join("/", streams));
    }

    private static URI stripSlash(URI uri) {
        String s = uri.toString();
        return s.endsWith("/") ? URI.create(s.substring(0, s.length() - 1)) : uri;
    }

    private static void requireScheme(URI uri, String name, String plain, String secure) {
        String scheme = uri.getScheme();
        if (!plain.equals(scheme) && !secure.equals(scheme)) {
            throw new IllegalArgumentException(name + " URL must start with " + plain + ":// or " + secure
                    + "://, was " + uri);
        }
    }
}
