package dev.osprey.core.engine;

import dev.osprey.core.order.Order;
import dev.osprey.core.order.OrderRequest;
import dev.osprey.core.order.OrderType;
import dev.osprey.core.order.Side;
import dev.osprey.core.order.Trailing;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * When an engine-held conditional order fires, judged on the last traded price (as Binance does for stops).
 * Keeps, per trailing stop, the best price seen since it was armed.
 */
final class Triggers {
    private final Map<String, BigDecimal> extremes = new HashMap<>();

    /** Whether {@code order} fires at {@code last}; updates a trailing stop's high (or low) water mark first. */
    boolean fires(Order order, BigDecimal last) {
        OrderRequest r = order.spec();
        if (r.type() == OrderType.TRAILING_STOP) {
            BigDecimal stop = trailingStop(order, last);
            return stop != null && crossedAdverse(r.side(), last, stop);
        }
        return r.type().isStopStyle() ? crossedAdverse(r.side(), last, r.stopPrice())
                : crossedFavourable(r.side(), last, r.stopPrice());
    }

    /**
     * The trailing stop's current level: the trail from the best price once armed, never looser than a fixed
     * {@code stopPrice} floor if the order has one; null while neither applies.
     */
    BigDecimal trailingStop(Order order, BigDecimal last) {
        OrderRequest r = order.spec();
        Trailing t = r.trailing();
        String id = order.clientOrderId();
        BigDecimal extreme = extremes.get(id);
        boolean armed = extreme != null || t.activationPrice() == null
                || crossedFavourable(r.side(), last, t.activationPrice());
        if (armed) {
            extreme = extreme == null ? last : better(r.side(), extreme, last);
            extremes.put(id, extreme);
        }
        BigDecimal trail = armed ? t.stopFrom(r.side(), extreme) : null;
        BigDecimal floor = r.stopPrice();
        if (trail == null) {
            return floor;
        }
        if (floor == null) {
            return trail;
        }
        return r.side() == Side.SELL ? trail.max(floor) : trail.min(floor);
    }

    void forget(String clientOrderId) {
        extremes.remove(clientOrderId);
    }

    /** A sell protects a long: adverse is down. A buy protects a short: adverse is up. */
    private static boolean crossedAdverse(Side side, BigDecimal last, BigDecimal level) {
        return side == Side.SELL ? last.compareTo(level) <= 0 : last.compareTo(level) >= 0;
    }

    private static boolean crossedFavourable(Side side, BigDecimal last, BigDecimal level) {
        return side == Side.SELL ? last.compareTo(level) >= 0 : last.compareTo(level) <= 0;
    }

    /** For a sell trail the best price is the highest; for a buy trail the lowest. */
    private static BigDecimal better(Side side, BigDecimal a, BigDecimal b) {
        return side == Side.SELL ? a.max(b) : a.min(b);
    }
}
