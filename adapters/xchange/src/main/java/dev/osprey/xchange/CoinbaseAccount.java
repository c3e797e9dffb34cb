package dev.osprey.xchange;

import dev.osprey.core.order.Liquidity;
import dev.osprey.core.order.OrderRequest;
import dev.osprey.core.order.OrderType;
import dev.osprey.core.order.Side;
import dev.osprey.core.order.TimeInForce;
import dev.osprey.core.venue.Balance;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.knowm.xchange.coinbasepro.dto.account.CoinbaseProAccount;
import org.knowm.xchange.coinbasepro.dto.trade.CoinbaseProFill;
import org.knowm.xchange.coinbasepro.dto.trade.CoinbaseProOrder;
import org.knowm.xchange.coinbasepro.dto.trade.CoinbaseProPlaceLimitOrder;
import org.knowm.xchange.coinbasepro.dto.trade.CoinbaseProPlaceMarketOrder;
import org.knowm.xchange.coinbasepro.dto.trade.CoinbaseProPlaceOrder;
import org.knowm.xchange.coinbasepro.dto.trade.CoinbaseProTradeHistoryParams;
import org.knowm.xchange.coinbasepro.service.CoinbaseProAccountServiceRaw;
import org.knowm.xchange.coinbasepro.service.CoinbaseProTradeServiceRaw;
import org.knowm.xchange.currency.CurrencyPair;

/**
 * Coinbase's private API: POST /orders with our {@code client_oid}, DELETE /orders/{id}, GET /orders (open),
 * GET /orders/{id} and /orders/client:{client_oid}, GET /fills?order_id=, GET /accounts. Coinbase forgets an order
 * cancelled with nothing filled (GET /orders/{id} answers 404): {@link #orders} reports such an order as cancelled.
 */
final class CoinbaseAccount implements AccountApi {
    private final CoinbaseProTradeServiceRaw trade;
    private final CoinbaseProAccountServiceRaw account;

    CoinbaseAccount(CoinbaseProTradeServiceRaw trade, CoinbaseProAccountServiceRaw account) {
        this.trade = trade;
        this.account = account;
    }

    @Override
    public String clientRef(String clientOrderId) {
        return ClientRefs.coinbaseClientOid(clientOrderId).toString();
    }

    @Override
    public String place(OrderRequest r, CurrencyPair pair) throws IOException {
        CoinbaseProPlaceOrder.Side side = r.side() == Side.BUY ? CoinbaseProPlaceOrder.Side.buy
                : CoinbaseProPlaceOrder.Side.sell;
        CoinbaseProPlaceOrder order;
        if (r.type() == OrderType.MARKET) {
            order = new CoinbaseProPlaceMarketOrder.Builder().size(r.qty()).clientOid(clientRef(r.clientOrderId()))
                    .type(CoinbaseProPlaceOrder.Type.market).side(side).productId(CoinbaseMarket.productId(pair))
                    .build();
        } else {
            order = new CoinbaseProPlaceLimitOrder.Builder().price(r.price()).size(r.qty()).timeInForce(tif(r.tif()))
                    .postOnly(r.postOnly()).clientOid(clientRef(r.clientOrderId()))
                    .type(CoinbaseProPlaceOrder.Type.limit).side(side).productId(CoinbaseMarket.productId(pair))
                    .build();
        }
        return trade.placeCoinbaseProOrder(order).getId();
    }

    private static CoinbaseProPlaceLimitOrder.TimeInForce tif(TimeInForce t) {
        return switch (t) {
            case IOC -> CoinbaseProPlaceLimitOrder.TimeInForce.IOC;
            case FOK -> CoinbaseProPlaceLimitOrder.TimeInForce.FOK;
            case GTC, GTD -> CoinbaseProPlaceLimitOrder.TimeInForce.GTC;
        };
    }

    @Override
    public void cancel(String venueOrderId) throws IOException {
        trade.cancelCoinbaseProOrder(venueOrderId);
    }

    @Override
    public List<OrderReport> openOrders() throws IOException {
        List<OrderReport> out = new ArrayList<>();
        for (CoinbaseProOrder o : trade.getCoinbaseProOpenOrders()) {
            out.add(CoinbaseReports.of(o, null));
        }
        return out;
    }

    @Override
    public List<OrderReport> orders(Collection<String> venueOrderIds) throws IOException {
        List<OrderReport> out = new ArrayList<>(venueOrderIds.size());
        for (String id : venueOrderIds) {
            try {
                out.add(CoinbaseReports.of(trade.getOrder(id), null));
            } catch (RuntimeException | IOException e) {
                if (VenueErrors.kind(e) != ErrorKind.UNKNOWN_ORDER) {
                    throw e;
                }
                out.add(CoinbaseReports.forgotten(id));
            }
        }
        return out;
    }

    @Override
    public List<VenueFill> fills(OrderReport order) throws IOException {
        CoinbaseProTradeHistoryParams params = new CoinbaseProTradeHistoryParams();
        params.setTransactionId(order.venueOrderId());
        List<VenueFill> out = new ArrayList<>();
        for (CoinbaseProFill f : trade.getCoinbaseProFills(params)) {
            long time = f.getCreatedAt() == null ? 0 : Instant.parse(f.getCreatedAt()).toEpochMilli();
            out.add(new VenueFill(f.getTradeId(), f.getOrderId(), f.getPrice(), f.getSize(), f.getFee(), null,
                    "M".equals(f.getLiquidity()) ? Liquidity.MAKER : Liquidity.TAKER, time));
        }
        return out;
    }

    @Override
    public Optional<OrderReport> byClientId(String clientOrderId, CurrencyPair pair) throws IOException {
        String oid = clientRef(clientOrderId);
        try {
            return Optional.of(CoinbaseReports.of(trade.getOrder("client:" + oid), oid));
        } catch (RuntimeException | IOException e) {
            if (VenueErrors.kind(e) == ErrorKind.UNKNOWN_ORDER) {
                return Optional.empty();
            }
            throw e;
        }
    }

    @Override
    public List<Balance> balances() throws IOException {
        List<Balance> out = new ArrayList<>();
        for (CoinbaseProAccount a : account.getCoinbaseProAccountInfo()) {
            out.add(new Balance(a.getCurrency(), a.getAvailable(), a.getHold()));
        }
        return out;
    }
}
