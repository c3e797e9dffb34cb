package dev.osprey.binance;

import dev.osprey.core.order.OrderStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kill switch's cancel: DELETE /api/v3/openOrders per symbol (Binance has no all-symbols cancel). For "all
 * symbols" it asks Binance which symbols have open orders, so orders placed before a restart are cancelled too;
 * if that question fails it falls back to the symbols we know of.
 */
final class CancelAll {
    private static final Logger LOG = LoggerFactory.getLogger(CancelAll.class);
    private final OrderCalls orders;
    private final OrderTracker tracker;
    private final Reconciler reconciler;
    private final VenueThread venue;
    private final BinanceConfig config;

    CancelAll(OrderCalls orders, OrderTracker tracker, Reconciler reconciler, VenueThread venue, BinanceConfig config) {
        this.orders = orders;
        this.tracker = tracker;
        this.reconciler = reconciler;
        this.venue = venue;
        this.config = config;
    }

    CompletableFuture<Integer> run(String symbol) {
        CompletableFuture<Set<String>> symbols = symbol != null
                ? CompletableFuture.completedFuture(Set.of(symbol)) : symbolsWithOpenOrders();
        return symbols.thenComposeAsync(set -> {
            List<CompletableFuture<Integer>> each = new ArrayList<>();
            set.forEach(s -> each.add(cancelSymbol(s)));
            return CompletableFuture.allOf(each.toArray(CompletableFuture[]::new))
                    .thenApply(x -> each.stream().mapToInt(CompletableFuture::join).sum());
        }, venue);
    }

    private CompletableFuture<Set<String>> symbolsWithOpenOrders() {
        return orders.openOrders().handleAsync((open, failure) -> {
            Set<String> symbols = new TreeSet<>();
            tracker.working().forEach(o -> symbols.add(o.symbol));
            if (failure != null) {
                LOG.warn("open orders not listed ({}); cancelling on known symbols {}",
                        ApiErrors.unwrap(failure).getMessage(), symbols);
                symbols.addAll(config.symbols());
            } else {
                open.forEach(o -> symbols.add(o.symbol()));
            }
            return symbols;
        }, venue);
    }

    private CompletableFuture<Integer> cancelSymbol(String symbol) {
        return orders.cancelAll(symbol).handleAsync((cancelled, failure) -> {
            if (failure != null) {
                BinanceApiException e = ApiErrors.fromThrowable(failure);
                if (e.kind() == ApiErrorKind.UNKNOWN_ORDER) {
                    return 0; // -2011: no open orders on this symbol
                }
                throw e;
            }
            return applyCancelled(cancelled);
        }, venue);
    }

    private int applyCancelled(List<OrderReport> reports) {
        int cancelled = 0;
        for (OrderReport r : reports) {
            TrackedOrder o = tracker.get(r.clientOrderId());
            reconciler.apply(o != null ? o : tracker.adopt(r), r);
            if (r.status() == OrderStatus.CANCELED) {
                cancelled++;
            }
        }
        return cancelled;
    }
}
