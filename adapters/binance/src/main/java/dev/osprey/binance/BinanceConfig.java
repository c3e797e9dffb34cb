package dev.osprey.binance;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Everything the Binance venue needs, built with {@link #builder()}. Without credentials the venue still gives
 * market data and instruments; order entry then refuses with a clear reason.
 */
public record BinanceConfig(BinanceEndpoints endpoints, BinanceCredentials credentials, List<String> symbols,
                            Duration recvWindow, Duration requestTimeout, Duration reconnectMin,
                            Duration reconnectMax, Duration staleAfter, Duration instrumentRefresh,
                            Duration accountPollInterval, Duration reconcileDelay, int reconcileAttempts,
                            int depthLimit, Clock clock) {

    public BinanceConfig {
        Objects.requireNonNull(endpoints, "endpoints");
        symbols = symbols.stream().map(s -> s.toUpperCase(Locale.ROOT)).toList();
        Objects.requireNonNull(clock, "clock");
        if (recvWindow.toMillis() <= 0 || recvWindow.toMillis() > 60_000) {
            throw new IllegalArgumentException("recvWindow must be 1..60000 ms, was " + recvWindow.toMillis());
        }
        if (reconnectMin.compareTo(reconnectMax) > 0) {
            throw new IllegalArgumentException("reconnectMin is longer than reconnectMax");
        }
        if (reconcileAttempts < 1) {
            throw new IllegalArgumentException("reconcileAttempts must be at least 1");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    public boolean canTrade() {
        return credentials != null;
    }

    /** Defaults suit mainnet; tests shorten the timings. */
    public static final class Builder {
        private boolean testnet;
        private URI rest;
        private URI marketStream;
        private URI webSocketApi;
        private BinanceCredentials credentials;
        private List<String> symbols = List.of("BTCUSDT");
        private Duration recvWindow = Duration.ofSeconds(5);
        private Duration requestTimeout = Duration.ofSeconds(10);
        private Duration reconnectMin = Duration.ofMillis(250);
        private Duration reconnectMax = Duration.ofSeconds(30);
        private Duration staleAfter = Duration.ofSeconds(10);
        private Duration instrumentRefresh = Duration.ofHours(1);
        private Duration accountPollInterval = Duration.ofSeconds(5);
        private Duration reconcileDelay = Duration.ofMillis(500);
        private int reconcileAttempts = 5;
        private int depthLimit = 1000;
        private Clock clock = Clock.systemUTC();

        /** Switches all three endpoints to Binance's spot testnet; explicit URLs given below still win. */
        public Builder testnet(boolean on) {
            this.testnet = on;
            return this;
        }

        public Builder restUrl(String url) {
            this.rest = url == null ? null : URI.create(url);
            return this;
        }

        public Builder marketStreamUrl(String url) {
            this.marketStream = url == null ? null : URI.create(url);
            return this;
        }

        public Builder webSocketApiUrl(String url) {
            this.webSocketApi = url == null ? null : URI.create(url);
            return this;
        }

        public Builder credentials(BinanceCredentials c) {
            this.credentials = c;
            return this;
        }

        public Builder symbols(List<String> s) {
            this.symbols = List.copyOf(s);
            return this;
        }

        public Builder recvWindow(Duration d) {
            this.recvWindow = d;
            return this;
        }

        public Builder requestTimeout(Duration d) {
            this.requestTimeout = d;
            return this;
        }

        public Builder reconnect(Duration min, Duration max) {
            this.reconnectMin = min;
            this.reconnectMax = max;
            return this;
        }

        public Builder staleAfter(Duration d) {
            this.staleAfter = d;
            return this;
        }

        public Builder instrumentRefresh(Duration d) {
            this.instrumentRefresh = d;
            return this;
        }

        public Builder accountPollInterval(Duration d) {
            this.accountPollInterval = d;
            return this;
        }

        public Builder reconcile(Duration delay, int attempts) {
            this.reconcileDelay = delay;
            this.reconcileAttempts = attempts;
            return this;
        }

        public Builder depthLimit(int levels) {
            this.depthLimit = levels;
            return this;
        }

        public Builder clock(Clock c) {
            this.clock = c;
            return this;
        }

        public BinanceConfig build() {
            BinanceEndpoints base = BinanceEndpoints.of(testnet);
            BinanceEndpoints endpoints = new BinanceEndpoints(rest != null ? rest : base.rest(),
                    marketStream != null ? marketStream : base.marketStream(),
                    webSocketApi != null ? webSocketApi : base.webSocketApi());
            return new BinanceConfig(endpoints, credentials, symbols, recvWindow, requestTimeout, reconnectMin,
                    reconnectMax, staleAfter, instrumentRefresh, accountPollInterval, reconcileDelay,
                    reconcileAttempts, depthLimit, clock);
        }
    }
}
