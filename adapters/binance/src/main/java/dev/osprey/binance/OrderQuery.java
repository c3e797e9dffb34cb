package dev.osprey.binance;

import com.fasterxml.jackson.databind.JsonNode;
import dev.osprey.core.order.Fill;
import dev.osprey.core.order.Order;
import dev.osprey.core.venue.VenueOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Binance's record of one of our orders by client order id, with its trades: what a restart's reconciliation asks
 * about orders that were in flight. GET /api/v3/order, then GET /api/v3/myTrades when it executed anything.
 * Blocks on the network.
 */
final class OrderQuery {
    private final RestClient rest;
    private final long timeoutMs;

    OrderQuery(RestClient rest, long timeoutMs) {
        this.rest = rest;
        this.timeoutMs = timeoutMs;
    }

    /** Empty when Binance has no such order (-2013); throws when Binance cannot be asked. */
    Optional<VenueOrder> find(String symbol, String clientOrderId) {
        JsonNode json;
        try {
            json = call(RestCall.get("/api/v3/order", Reconciler.QUERY_WEIGHT).signedCall()
                    .with("symbol", symbol).with("origClientOrderId", clientOrderId));
        } catch (BinanceApiException e) {
            if (e.kind() == ApiErrorKind.UNKNOWN_ORDER) {
                return Optional.empty();
            }
            throw e;
        }
        OrderReport r = OrderReports.fromRest(json);
        Order order = BinanceOrders.toOrder(r).orElseThrow(() -> new IllegalStateException(
                "order " + clientOrderId + " has a type Osprey does not map: " + r.binanceType()));
        List<Fill> fills = new ArrayList<>();
        if (r.executedQty().signum() > 0 && r.venueOrderId() != null) {
            List<VenueTrade> trades = new ArrayList<>();
            call(RestCall.get("/api/v3/myTrades", Reconciler.MY_TRADES_WEIGHT).signedCall()
                    .with("symbol", symbol).with("orderId", r.venueOrderId()))
                    .forEach(t -> trades.add(OrderReports.fromMyTrade(t)));
            trades.sort((a, b) -> Long.compare(a.timeMs(), b.timeMs()));
            for (VenueTrade t : trades) {
                fills.add(new Fill(clientOrderId, r.venueOrderId(), t.tradeId(), symbol, r.side(), t.price(), t.qty(),
                        t.fee(), t.feeAsset(), t.liquidity(), t.timeMs()));
            }
        }
        return Optional.of(new VenueOrder(order, fills));
    }

    private JsonNode call(RestCall call) {
        try {
            return rest.send(call).get(timeoutMs, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while asking Binance", e);
        } catch (ExecutionException | TimeoutException e) {
            throw ApiErrors.fromThrowable(e);
        }
    }
}
