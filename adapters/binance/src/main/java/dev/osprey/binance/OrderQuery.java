package dev.osprey.binance;

import dev.osprey.core.order.Fill;
import dev.osprey.core.order.Order;
import dev.osprey.core.venue.VenueOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Binance's record of one of our orders by client order id, with its trades: what a restart's reconciliation asks
 * about orders that were in flight. GET /api/v3/order, then GET /api/v3/myTrades when it executed anything.
 * Blocks on the network.
 */
final class OrderQuery {
    private final OrderCalls orders;
    private final long timeoutMs;

    OrderQuery(OrderCalls orders, long timeoutMs) {
        this.orders = orders;
        this.timeoutMs = timeoutMs;
    }

    /** Empty when Binance has no such order (-2013); throws when Binance cannot be asked. */
    Optional<VenueOrder> find(String symbol, String clientOrderId) {
        OrderReport r;
        try {
            r = await(orders.query(symbol, clientOrderId, null));
        } catch (BinanceApiException e) {
            if (e.kind() == ApiErrorKind.UNKNOWN_ORDER) {
                return Optional.empty();
            }
            throw e;
        }
        Order order = BinanceOrders.toOrder(r).orElseThrow(() -> new IllegalStateException(
                "order " + clientOrderId + " has a type Osprey does not map: " + r.binanceType()));
        List<Fill> fills = new ArrayList<>();
        if (r.executedQty().signum() > 0 && r.venueOrderId() != null) {
            for (VenueTrade t : await(orders.trades(symbol, r.venueOrderId()))) {
                fills.add(new Fill(clientOrderId, r.venueOrderId(), t.tradeId(), symbol, r.side(), t.price(), t.qty(),
                        t.fee(), t.feeAsset(), t.liquidity(), t.timeMs()));
            }
        }
        return Optional.of(new VenueOrder(order, fills));
    }

    private <T> T await(CompletableFuture<T> answer) {
        try {
            return answer.get(timeoutMs, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while asking Binance", e);
        } catch (ExecutionException | TimeoutException e) {
            throw ApiErrors.fromThrowable(e);
        }
    }
}
