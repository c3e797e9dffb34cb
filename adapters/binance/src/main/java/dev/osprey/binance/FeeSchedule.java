package dev.osprey.binance;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The account's commission rates per symbol, from {@code GET /api/v3/account/commission} (not in XChange, so
 * through {@link BinanceExtras}), loaded at start and refreshed with exchangeInfo. Informational: fees still come
 * with each fill, so a load that fails is logged and keeps the rates we have, and a refusal of the key here does
 * not stop trading (the call is {@link RestCall#optional()}).
 */
final class FeeSchedule {
    static final String PATH = "/api/v3/account/commission";
    /** Binance's documented weight for the call, one symbol per call. */
    static final int WEIGHT = 20;
    private static final Logger LOG = LoggerFactory.getLogger(FeeSchedule.class);

    private final RestClient rest;
    private final CredentialSlot keys;
    private final Map<String, CommissionRates> rates = new ConcurrentHashMap<>();
    /** The refresh in flight; read and replaced on the scheduler's thread only. */
    private CompletableFuture<Void> refreshing = CompletableFuture.completedFuture(null);

    FeeSchedule(RestClient rest, CredentialSlot keys) {
        this.rest = rest;
        this.keys = keys;
    }

    /** Asks Binance for one symbol's rates and keeps them; fails as a signed call does, or on a bad answer. */
    CompletableFuture<CommissionRates> fetch(String symbol) {
        String upper = symbol.toUpperCase(Locale.ROOT);
        return rest.send(RestCall.optionalSignedGet(PATH, WEIGHT), (api, a) -> api.extras.commission(upper,
                a.recvWindow(), a.timestamp(), a.apiKey(), a.signature())).thenApply(json -> {
                    CommissionRates r = CommissionRates.read(json, upper);
                    rates.put(upper, r);
                    return r;
                });
    }

    /**
     * Loads every symbol's rates; never fails: a symbol whose rates cannot be read is logged and keeps what we
     * had. Without an API key there is no account to ask about, so nothing is sent.
     */
    CompletableFuture<Void> load(List<String> symbols) {
        if (!keys.present()) {
            return CompletableFuture.completedFuture(null);
        }
        CompletableFuture<?>[] each = symbols.stream().map(s -> fetch(s).handle((r, e) -> {
            if (e != null) {
                LOG.warn("commission rates for {} not loaded ({}); fees still come with each fill", s,
                        ApiErrors.unwrap(e).getMessage());
            }
            return r;
        })).toArray(CompletableFuture[]::new);
        return CompletableFuture.allOf(each);
    }

    /**
     * Loads again every {@code intervalMs}, skipping a turn while the previous load is still running, so a slow
     * Binance never has two refreshes in flight. Periodic, so shutting the venue's scheduler down ends it.
     */
    void scheduleRefresh(ScheduledExecutorService scheduler, long intervalMs, List<String> symbols) {
        scheduler.scheduleWithFixedDelay(() -> {
            if (refreshing.isDone()) {
                refreshing = load(symbols);
            }
        }, intervalMs, intervalMs, TimeUnit.MILLISECONDS);
    }

    /** The rates loaded so far, by symbol; empty before the first load or without a key. */
    Map<String, CommissionRates> rates() {
        return Map.copyOf(rates);
    }
}
