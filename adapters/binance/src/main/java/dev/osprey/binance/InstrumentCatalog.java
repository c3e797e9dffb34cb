package dev.osprey.binance;

import com.github.benmanes.caffeine.cache.AsyncLoadingCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.osprey.core.instrument.Instrument;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Symbol rules from exchangeInfo, cached with Caffeine and refreshed on a schedule: Binance changes tick sizes and
 * filters now and then, and an order checked against stale rules is refused with -1013. Each load also updates the
 * client-side rate limits from {@code rateLimits}. A refresh that fails keeps the rules we have.
 */
public final class InstrumentCatalog {
    private static final Logger LOG = LoggerFactory.getLogger(InstrumentCatalog.class);
    private static final int EXCHANGE_INFO_WEIGHT = 20;

    private final RestClient rest;
    private final RateBudget budget;
    private final AsyncLoadingCache<String, SymbolRules> cache;

    InstrumentCatalog(RestClient rest, RateBudget budget, Executor executor) {
        this.rest = rest;
        this.budget = budget;
        this.cache = Caffeine.newBuilder().executor(executor).buildAsync(new com.github.benmanes.caffeine.cache
                .AsyncCacheLoader<String, SymbolRules>() {
            @Override
            public CompletableFuture<SymbolRules> asyncLoad(String symbol, Executor ex) {
                return fetch(Set.of(symbol)).thenApply(m -> {
                    SymbolRules r = m.get(symbol);
                    if (r == null) {
                        throw new IllegalArgumentException("Binance does not list " + symbol);
                    }
                    return r;
                });
            }

            @Override
            public CompletableFuture<Map<String, SymbolRules>> asyncLoadAll(Set<? extends String> symbols,
                                                                             Executor ex) {
                return fetch(symbols);
            }
        });
    }

    /** Refreshes every cached symbol at the given interval (Caffeine's refresh replaces values only on success). */
    void scheduleRefresh(ScheduledExecutorService scheduler, long intervalMs) {
        scheduler.scheduleWithFixedDelay(() -> {
            Set<String> keys = cache.synchronous().asMap().keySet();
            if (!keys.isEmpty()) {
                cache.synchronous().refreshAll(keys).whenComplete((m, e) -> {
                    if (e != null) {
                        LOG.warn("exchangeInfo refresh failed, keeping the rules we have: {}", e.getMessage());
                    }
                });
            }
        }, intervalMs, intervalMs, TimeUnit.MILLISECONDS);
    }

    public CompletableFuture<SymbolRules> rules(String symbol) {
        return cache.get(symbol.toUpperCase(Locale.ROOT));
    }

    public CompletableFuture<Instrument> instrument(String symbol) {
        return rules(symbol).thenApply(SymbolRules::toInstrument);
    }

    /** Loads all the symbols in one exchangeInfo call. */
    public CompletableFuture<List<Instrument>> instruments(List<String> symbols) {
        List<String> upper = symbols.stream().map(s -> s.toUpperCase(Locale.ROOT)).toList();
        return cache.getAll(upper).thenApply(m -> upper.stream().map(s -> m.get(s).toInstrument()).toList());
    }

    /** The rules if already loaded; never waits on the network. */
    public Optional<SymbolRules> cached(String symbol) {
        CompletableFuture<SymbolRules> f = cache.getIfPresent(symbol.toUpperCase(Locale.ROOT));
        return f != null && f.isDone() && !f.isCompletedExceptionally() ? Optional.of(f.join()) : Optional.empty();
    }

    private CompletableFuture<Map<String, SymbolRules>> fetch(Set<? extends String> symbols) {
        String list = symbols.stream().map(s -> "\"" + s + "\"").collect(Collectors.joining(",", "[", "]"));
        String one = symbols.size() == 1 ? symbols.iterator().next() : null;
        // Through BinanceExtras: XChange's exchangeInfo() cannot name symbols and drops filters we check.
        return rest.send(RestCall.get("/api/v3/exchangeInfo", EXCHANGE_INFO_WEIGHT),
                (api, auth) -> api.extras.exchangeInfo(one, one == null ? list : null)).thenApply(json -> {
            ExchangeInfo info = ExchangeInfo.parse(json);
            info.rateLimits().forEach(l -> budget.limit(l.type(), l.interval(), l.intervalNum(), l.limit()));
            LOG.info("exchangeInfo loaded for {}", info.symbols().keySet());
            return info.symbols();
        });
    }
}
