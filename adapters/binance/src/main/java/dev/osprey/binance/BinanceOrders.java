package dev.osprey.binance;

import dev.osprey.core.order.Order;
import dev.osprey.core.order.OrderRequest;
import dev.osprey.core.order.OrderStatus;
import dev.osprey.core.order.OrderType;
import dev.osprey.core.order.Side;
import dev.osprey.core.order.TimeInForce;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The one place where our order vocabulary meets Binance's: order types, time in force, statuses, and the
 * parameters of POST /api/v3/order. Pure static functions, so every mapping is tested on its own. Types we do not
 * map yet are refused by name, never sent as something else.
 */
final class BinanceOrders {
    private BinanceOrders() {
    }

    /** The parameters of a new order; a type Binance is not sent natively is refused by name. */
    static Map<String, String> newOrderParams(OrderRequest request) {
        OrderRequest r = request.forVenue();
        Map<String, String> p = new LinkedHashMap<>();
        p.put("symbol", r.symbol());
        p.put("side", r.side().name());
        switch (r.type()) {
            case MARKET -> p.put("type", "MARKET");
            case LIMIT -> {
                if (r.postOnly()) {
                    // LIMIT_MAKER is Binance's post-only: refused instead of taking; it has no timeInForce.
                    p.put("type", "LIMIT_MAKER");
                } else {
                    p.put("type", "LIMIT");
                    p.put("timeInForce", r.tif().name());
                }
                p.put("price", plain(r.price()));
            }
            default -> throw new IllegalArgumentException("order type " + r.type()
                    + " is not sent to Binance natively; the engine holds it");
        }
        p.put("quantity", plain(r.qty()));
        p.put("newClientOrderId", r.clientOrderId());
        // FULL: the answer carries the immediate fills with their trade ids, so a market order's fills do not wait
        // for the user data stream.
        p.put("newOrderRespType", "FULL");
        return p;
    }

    static Optional<OrderType> type(String binanceType) {
        return switch (binanceType) {
            case "MARKET" -> Optional.of(OrderType.MARKET);
            case "LIMIT", "LIMIT_MAKER" -> Optional.of(OrderType.LIMIT);
            default -> Optional.empty();
        };
    }

    static TimeInForce tif(String binanceTif) {
        if (binanceTif == null) {
            return TimeInForce.GTC;
        }
        return switch (binanceTif) {
            case "IOC" -> TimeInForce.IOC;
            case "FOK" -> TimeInForce.FOK;
            default -> TimeInForce.GTC;
        };
    }

    /** Binance's order status; PENDING_NEW (a pending order list leg) counts as accepted. */
    static OrderStatus status(String binanceStatus) {
        return switch (binanceStatus) {
            case "NEW", "PENDING_NEW" -> OrderStatus.ACCEPTED;
            case "PARTIALLY_FILLED" -> OrderStatus.PARTIALLY_FILLED;
            case "FILLED" -> OrderStatus.FILLED;
            case "CANCELED", "PENDING_CANCEL" -> OrderStatus.CANCELED;
            case "REJECTED" -> OrderStatus.REJECTED;
            case "EXPIRED", "EXPIRED_IN_MATCH" -> OrderStatus.EXPIRED;
            default -> throw new IllegalArgumentException("unknown Binance order status " + binanceStatus);
        };
    }

    static Side side(String binanceSide) {
        return Side.valueOf(binanceSide);
    }

    /** An open order from Binance as the engine's {@link Order}; empty for types we do not map. */
    static Optional<Order> toOrder(OrderReport r) {
        Optional<OrderType> type = type(r.binanceType());
        if (type.isEmpty()) {
            return Optional.empty();
        }
        OrderType t = type.get();
        OrderRequest spec = new OrderRequest(r.clientOrderId(), r.symbol(), r.side(), t, r.qty(),
                t.needsPrice() ? r.price() : null, null, tif(r.timeInForce()), 0L,
                "LIMIT_MAKER".equals(r.binanceType()), false, null);
        BigDecimal avg = r.executedQty().signum() == 0 ? null
                : r.cumulativeQuote().divide(r.executedQty(), MathContext.DECIMAL64).stripTrailingZeros();
        return Optional.of(new Order(spec, r.venueOrderId(), r.status(), r.executedQty(), avg, BigDecimal.ZERO, "",
                r.createdMs(), r.timeMs(), false, null));
    }

    static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }
}
