package dev.osprey.binance;

import dev.osprey.core.market.Scaled;
import dev.osprey.core.order.Liquidity;
import dev.osprey.core.venue.Balance;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.knowm.xchange.binance.dto.account.BinanceAccountInformation;
import org.knowm.xchange.binance.dto.account.BinanceBalance;
import org.knowm.xchange.binance.dto.marketdata.BinanceOrderbook;
import org.knowm.xchange.binance.dto.trade.BinanceCancelledOrder;
import org.knowm.xchange.binance.dto.trade.BinanceNewOrder;
import org.knowm.xchange.binance.dto.trade.BinanceOrder;
import org.knowm.xchange.binance.dto.trade.BinanceTrade;

/**
 * XChange's Binance DTOs read into ours: {@link OrderReport}, {@link VenueTrade}, {@link Balance} and the depth
 * snapshot. Pure static functions. Where XChange's DTO leaves a Binance field out, the gap is named here: an order
 * answer has no {@code cummulativeQuoteQty} (its fills give it), a query has no {@code updateTime} (its {@code time}
 * stands in), a cancel answer has no {@code transactTime} (the receipt time stands in).
 */
final class XChangeReports {
    private XChangeReports() {
    }

    /** GET /api/v3/order and each open order. */
    static OrderReport fromOrder(BinanceOrder o) {
        return new OrderReport(o.symbol, required(o.clientOrderId, "clientOrderId"), Long.toString(o.orderId),
                BinanceOrders.side(name(o.side, "side")), o.type == null ? "LIMIT" : o.type.name(),
                o.timeInForce == null ? null : o.timeInForce.name(), orZero(o.origQty), orZero(o.price),
                BinanceOrders.status(name(o.status, "status")), orZero(o.executedQty), orZero(o.cumulativeQuoteQty),
                "", o.time, o.time);
    }

    /** POST /api/v3/order with newOrderRespType FULL. */
    static OrderReport fromNewOrder(BinanceNewOrder o) {
        BigDecimal quote = BigDecimal.ZERO;
        if (o.fills != null) {
            for (BinanceTrade f : o.fills) {
                quote = quote.add(orZero(f.price).multiply(orZero(f.qty)));
            }
        }
        return new OrderReport(o.symbol, required(o.clientOrderId, "clientOrderId"), Long.toString(o.orderId),
                BinanceOrders.side(name(o.side, "side")), o.type == null ? "LIMIT" : o.type.name(),
                o.timeInForce == null ? null : o.timeInForce.name(), orZero(o.origQty), orZero(o.price),
                BinanceOrders.status(name(o.status, "status")), orZero(o.executedQty), quote, "", o.transactTime,
                o.transactTime);
    }

    /** The immediate fills of a FULL order answer; they took liquidity, so they are taker fills. */
    static List<VenueTrade> fills(BinanceNewOrder o) {
        List<VenueTrade> out = new ArrayList<>();
        if (o.fills == null) {
            return out;
        }
        for (BinanceTrade f : o.fills) {
            out.add(new VenueTrade(Long.toString(f.tradeId), orZero(f.price), orZero(f.qty), orZero(f.commission),
                    f.commissionAsset == null ? "" : f.commissionAsset, Liquidity.TAKER, o.transactTime));
        }
        return out;
    }

    /**
     * DELETE /api/v3/order and each entry of DELETE /api/v3/openOrders. The answer names our order in
     * {@code origClientOrderId}; its {@code clientOrderId} is the cancel's own id.
     */
    static OrderReport fromCancelled(BinanceCancelledOrder c, long receivedMs) {
        String cid = c.origClientOrderId == null || c.origClientOrderId.isEmpty()
                ? required(c.clientOrderId, "clientOrderId") : c.origClientOrderId;
        return new OrderReport(required(c.symbol, "symbol"), cid, Long.toString(c.orderId),
                BinanceOrders.side(required(c.side, "side")), c.type == null ? "LIMIT" : c.type, c.timeInForce,
                decimal(c.origQty), decimal(c.price), BinanceOrders.status(required(c.status, "status")),
                decimal(c.executedQty), decimal(c.cummulativeQuoteQty), "", receivedMs, receivedMs);
    }

    /** An order list's summary in a cancel-all answer: its legs come as orders of their own. */
    static boolean isOrderListSummary(BinanceCancelledOrder c) {
        return c.orderId == 0 && c.status == null;
    }

    /** One entry of GET /api/v3/myTrades. */
    static VenueTrade fromMyTrade(BinanceTrade t) {
        return new VenueTrade(Long.toString(t.id), orZero(t.price), orZero(t.qty), orZero(t.commission),
                t.commissionAsset == null ? "" : t.commissionAsset, t.isMaker ? Liquidity.MAKER : Liquidity.TAKER,
                t.time);
    }

    /** GET /api/v3/account; zero balances are left out. */
    static List<Balance> balances(BinanceAccountInformation account) {
        List<Balance> out = new ArrayList<>();
        if (account.balances == null) {
            return out;
        }
        for (BinanceBalance b : account.balances) {
            Balance bal = new Balance(b.getCurrency().getCurrencyCode(), orZero(b.getAvailable()),
                    orZero(b.getLocked()));
            if (bal.total().signum() != 0) {
                out.add(bal);
            }
        }
        return out;
    }

    /** GET /api/v3/depth as the snapshot {@link LiveBookSync} loads. */
    static DepthUpdate snapshot(String symbol, BinanceOrderbook book, long receivedMs) {
        long[][] bids = levels(book.bids);
        long[][] asks = levels(book.asks);
        return new DepthUpdate(symbol, true, book.lastUpdateId, book.lastUpdateId, receivedMs, bids[0], bids[1],
                asks[0], asks[1]);
    }

    private static long[][] levels(SortedMap<BigDecimal, BigDecimal> side) {
        int n = side == null ? 0 : side.size();
        long[][] out = new long[2][n];
        int i = 0;
        if (side != null) {
            for (Map.Entry<BigDecimal, BigDecimal> level : side.entrySet()) {
                out[0][i] = Scaled.of(level.getKey());
                out[1][i] = Scaled.of(level.getValue());
                i++;
            }
        }
        return out;
    }

    private static String name(Enum<?> value, String field) {
        return required(value == null ? null : value.name(), field);
    }

    private static String required(String value, String field) {
        if (value == null) {
            throw new IllegalArgumentException("Binance payload lacks '" + field + "'");
        }
        return value;
    }

    private static BigDecimal orZero(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }

    private static BigDecimal decimal(String v) {
        return v == null || v.isEmpty() ? BigDecimal.ZERO : new BigDecimal(v);
    }
}
