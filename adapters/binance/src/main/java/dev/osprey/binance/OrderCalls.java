package dev.osprey.binance;

import dev.osprey.core.order.OrderRequest;
import dev.osprey.core.venue.Balance;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.knowm.xchange.binance.dto.trade.BinanceCancelledOrder;
import org.knowm.xchange.binance.dto.trade.BinanceNewOrder;
import org.knowm.xchange.binance.dto.trade.BinanceOrder;
import org.knowm.xchange.binance.dto.trade.OrderSide;
import org.knowm.xchange.binance.dto.trade.OrderType;
import org.knowm.xchange.binance.dto.trade.TimeInForce;

/**
 * Binance's order and account endpoints, each a future of our own types: XChange's {@code BinanceAuthenticated}
 * where it can say what we mean, {@link BinanceExtras} where it cannot (by client order id alone). Weights are
 * Binance's; every call goes through {@link RestClient}'s gate, budget and error mapping.
 */
final class OrderCalls {
    static final int QUERY_WEIGHT = 4;
    static final int MY_TRADES_WEIGHT = 20;
    static final int OPEN_ORDERS_ALL_WEIGHT = 80;
    static final int ACCOUNT_WEIGHT = 20;

    /** A new order's answer: Binance's report and the fills it carried. */
    record Placed(OrderReport report, List<VenueTrade> fills) {
    }

    private final RestClient rest;
    private final Clock clock;

    OrderCalls(RestClient rest, Clock clock) {
        this.rest = rest;
        this.clock = clock;
    }

    CompletableFuture<Placed> place(OrderRequest request) {
        Map<String, String> p = BinanceOrders.newOrderParams(request);
        RestCall call = new RestCall("POST", "/api/v3/order", true, 1, true);
        return rest.send(call, (api, a) -> api.xchange.newOrder(p.get("symbol"), OrderSide.valueOf(p.get("side")),
                OrderType.valueOf(p.get("type")), p.containsKey("timeInForce")
                        ? TimeInForce.valueOf(p.get("timeInForce")) : null, decimal(p.get("quantity")), null,
                decimal(p.get("price")), p.get("newClientOrderId"), null, null, null,
                BinanceNewOrder.NewOrderResponseType.valueOf(p.get("newOrderRespType")), a.recvWindow(),
                a.timestamp(), a.apiKey(), a.signature()))
                .thenApply(o -> new Placed(XChangeReports.fromNewOrder(o), XChangeReports.fills(o)));
    }

    /** By Binance's order id when we have it (XChange), else by our client order id alone (extras). */
    CompletableFuture<OrderReport> cancel(String symbol, String clientOrderId, String venueOrderId) {
        RestCall call = new RestCall("DELETE", "/api/v3/order", true, 1, false);
        if (venueOrderId == null) {
            return rest.send(call, (api, a) -> api.extras.cancelByClientId(symbol, clientOrderId, a.recvWindow(),
                    a.timestamp(), a.apiKey(), a.signature())).thenApply(OrderReports::fromRest);
        }
        long id = Long.parseLong(venueOrderId);
        return rest.send(call, (api, a) -> api.xchange.cancelOrder(symbol, id, clientOrderId, null, a.recvWindow(),
                a.timestamp(), a.apiKey(), a.signature()))
                .thenApply(c -> XChangeReports.fromCancelled(c, clock.millis()));
    }

    /** Where an order stands; by Binance's id when we have it, else by our client order id alone. */
    CompletableFuture<OrderReport> query(String symbol, String clientOrderId, String venueOrderId) {
        RestCall call = RestCall.signedGet("/api/v3/order", QUERY_WEIGHT);
        if (venueOrderId == null) {
            return rest.send(call, (api, a) -> api.extras.orderByClientId(symbol, clientOrderId, a.recvWindow(),
                    a.timestamp(), a.apiKey(), a.signature())).thenApply(OrderReports::fromRest);
        }
        long id = Long.parseLong(venueOrderId);
        return rest.send(call, (api, a) -> api.xchange.orderStatus(symbol, id, clientOrderId, a.recvWindow(),
                a.timestamp(), a.apiKey(), a.signature())).thenApply(XChangeReports::fromOrder);
    }

    /** The trades of one order, oldest first. */
    CompletableFuture<List<VenueTrade>> trades(String symbol, String venueOrderId) {
        long id = Long.parseLong(venueOrderId);
        return rest.send(RestCall.signedGet("/api/v3/myTrades", MY_TRADES_WEIGHT), (api, a) -> api.xchange.myTrades(
                symbol, id, null, null, null, null, a.recvWindow(), a.timestamp(), a.apiKey(), a.signature()))
                .thenApply(list -> {
                    List<VenueTrade> out = new ArrayList<>();
                    list.forEach(t -> out.add(XChangeReports.fromMyTrade(t)));
                    out.sort((x, y) -> Long.compare(x.timeMs(), y.timeMs()));
                    return out;
                });
    }

    /** Every open order on every symbol. */
    CompletableFuture<List<OrderReport>> openOrders() {
        return rest.send(RestCall.signedGet("/api/v3/openOrders", OPEN_ORDERS_ALL_WEIGHT), (api, a) ->
                api.xchange.openOrders(null, a.recvWindow(), a.timestamp(), a.apiKey(), a.signature()))
                .thenApply(list -> {
                    List<OrderReport> out = new ArrayList<>();
                    for (BinanceOrder o : list) {
                        out.add(XChangeReports.fromOrder(o));
                    }
                    return out;
                });
    }

    /** DELETE /api/v3/openOrders for one symbol: what was cancelled, order list summaries left out. */
    CompletableFuture<List<OrderReport>> cancelAll(String symbol) {
        return rest.send(new RestCall("DELETE", "/api/v3/openOrders", true, 1, false), (api, a) ->
                api.xchange.cancelAllOpenOrders(symbol, a.recvWindow(), a.timestamp(), a.apiKey(), a.signature()))
                .thenApply(list -> {
                    long now = clock.millis();
                    List<OrderReport> out = new ArrayList<>();
                    for (BinanceCancelledOrder c : list) {
                        if (!XChangeReports.isOrderListSummary(c)) {
                            out.add(XChangeReports.fromCancelled(c, now));
                        }
                    }
                    return out;
                });
    }

    /** Non-zero balances. */
    CompletableFuture<List<Balance>> balances() {
        return rest.send(RestCall.signedGet("/api/v3/account", ACCOUNT_WEIGHT), (api, a) ->
                api.xchange.account(a.recvWindow(), a.timestamp(), a.apiKey(), a.signature()))
                .thenApply(XChangeReports::balances);
    }

    private static BigDecimal decimal(String v) {
        return v == null ? null : new BigDecimal(v);
    }
}
