package dev.osprey.xchange;

import dev.osprey.core.order.Liquidity;
import dev.osprey.core.order.OrderRequest;
import dev.osprey.core.order.OrderType;
import dev.osprey.core.order.Side;
import dev.osprey.core.order.TimeInForce;
import dev.osprey.core.venue.Balance;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.knowm.xchange.currency.CurrencyPair;
import org.knowm.xchange.dto.Order.IOrderFlags;
import org.knowm.xchange.kraken.KrakenUtils;
import org.knowm.xchange.kraken.dto.trade.KrakenOrder;
import org.knowm.xchange.kraken.dto.trade.KrakenOrderFlags;
import org.knowm.xchange.kraken.dto.trade.KrakenStandardOrder;
import org.knowm.xchange.kraken.dto.trade.KrakenTrade;
import org.knowm.xchange.kraken.dto.trade.KrakenType;
import org.knowm.xchange.kraken.service.KrakenAccountServiceRaw;
import org.knowm.xchange.kraken.service.KrakenTradeServiceRaw;

/**
 * Kraken's private API: AddOrder with our {@code userref}, CancelOrder, OpenOrders, QueryOrders (with trade ids),
 * QueryTrades for the fills, OpenOrders + ClosedOrders filtered by userref to find an order by client id, Balance.
 * Kraken has no FOK for spot; post-only is its {@code post} flag. Balance gives totals only, so every amount is
 * reported free (the engine's own order book knows what its working orders hold).
 */
final class KrakenAccount implements AccountApi {
    private final KrakenTradeServiceRaw trade;
    private final KrakenAccountServiceRaw account;

    KrakenAccount(KrakenTradeServiceRaw trade, KrakenAccountServiceRaw account) {
        this.trade = trade;
        this.account = account;
    }

    @Override
    public String clientRef(String clientOrderId) {
        return Integer.toString(ClientRefs.krakenUserref(clientOrderId));
    }

    @Override
    public String place(OrderRequest r, CurrencyPair pair) throws IOException {
        if (r.tif() == TimeInForce.FOK) {
            throw new UnsupportedTimeInForce("Kraken has no fill-or-kill for spot orders");
        }
        KrakenType type = r.side() == Side.BUY ? KrakenType.BUY : KrakenType.SELL;
        KrakenStandardOrder.KrakenOrderBuilder b = r.type() == OrderType.MARKET
                ? KrakenStandardOrder.getMarketOrderBuilder(pair, type, r.qty())
                : KrakenStandardOrder.getLimitOrderBuilder(pair, type, r.price().toPlainString(), r.qty());
        b.withUserRefId(clientRef(r.clientOrderId()));
        if (r.postOnly()) {
            b.withOrderFlags(Set.<IOrderFlags>of(KrakenOrderFlags.POST));
        }
        if (r.type() == OrderType.LIMIT && r.tif() == TimeInForce.IOC) {
            b.withTimeInForce(org.knowm.xchange.kraken.dto.trade.TimeInForce.IOC);
        }
        return trade.placeKrakenOrder(b.buildOrder()).getTransactionIds().get(0);
    }

    @Override
    public void cancel(String venueOrderId) throws IOException {
        trade.cancelKrakenOrder(venueOrderId);
    }

    @Override
    public List<OrderReport> openOrders() throws IOException {
        return reports(trade.getKrakenOpenOrders(true, null));
    }

    @Override
    public List<OrderReport> orders(Collection<String> venueOrderIds) throws IOException {
        if (venueOrderIds.isEmpty()) {
            return List.of();
        }
        return reports(trade.queryKrakenOrders(true, null, venueOrderIds.toArray(new String[0])));
    }

    @Override
    public List<VenueFill> fills(OrderReport order) throws IOException {
        if (order.tradeIds().isEmpty()) {
            return List.of();
        }
        Map<String, KrakenTrade> trades = trade.queryKrakenTrades(true, order.tradeIds().toArray(new String[0]));
        List<VenueFill> out = new ArrayList<>(trades.size());
        trades.forEach((id, t) -> out.add(new VenueFill(id, t.getOrderTxId(), t.getPrice(), t.getVolume(),
                t.getFee(), null, Liquidity.TAKER, seconds(t.getUnixTimestamp()))));
        return out;
    }

    @Override
    public Optional<OrderReport> byClientId(String clientOrderId, CurrencyPair pair) throws IOException {
        String ref = clientRef(clientOrderId);
        Map<String, KrakenOrder> found = new LinkedHashMap<>(trade.getKrakenOpenOrders(true, ref));
        found.putAll(trade.getKrakenClosedOrders(true, ref, null, null, null, null));
        List<OrderReport> same = reports(found).stream().filter(o -> pair.equals(o.pair())).toList();
        if (same.size() > 1) {
            throw new IllegalStateException("Kraken shows " + same.size() + " " + pair + " orders under userref " + ref
                    + " (client order id " + clientOrderId + "): not guessing which one is ours");
        }
        return same.stream().findFirst();
    }

    @Override
    public List<Balance> balances() throws IOException {
        List<Balance> out = new ArrayList<>();
        for (Map.Entry<String, BigDecimal> e : account.getKrakenBalance().entrySet()) {
            String asset = KrakenUtils.translateKrakenCurrencyCode(e.getKey()).getCurrencyCode();
            out.add(new Balance(asset, e.getValue(), BigDecimal.ZERO));
        }
        return out;
    }

    private static List<OrderReport> reports(Map<String, KrakenOrder> orders) {
        List<OrderReport> out = new ArrayList<>(orders.size());
        orders.forEach((txid, o) -> out.add(KrakenReports.of(txid, o)));
        return out;
    }

    static long seconds(double unixSeconds) {
        return BigDecimal.valueOf(unixSeconds).movePointRight(3).longValue();
    }
}
