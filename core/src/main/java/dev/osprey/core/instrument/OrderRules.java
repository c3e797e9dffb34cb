package dev.osprey.core.instrument;

import dev.osprey.core.order.OrderRequest;
import dev.osprey.core.order.OrderType;
import dev.osprey.core.order.RejectReason;
import dev.osprey.core.order.Rejection;
import dev.osprey.core.order.Side;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The venue's symbol rules, checked before anything is sent. The ticket shows each violation next to its
 * field; the engine runs the same check so a script or a strategy cannot bypass it.
 */
public final class OrderRules {

    /** Which ticket field a violation belongs to. */
    public enum Field { QTY, PRICE, STOP, ORDER }

    public record Violation(Field field, Rejection rejection) {
    }

    private OrderRules() {
    }

    /**
     * @param price      the limit price, or null for a market order
     * @param refPrice   the price used for the notional of a market order (best opposite price), or null if unknown
     */
    public static List<Violation> check(Instrument ins, OrderType type, BigDecimal qty, BigDecimal price,
                                        BigDecimal refPrice) {
        List<Violation> out = new ArrayList<>(2);
        checkQty(ins, qty, out);
        if (type.needsPrice()) {
            checkPrice(ins, price, out);
        }
        if (out.isEmpty()) {
            BigDecimal p = type.needsPrice() ? price : refPrice;
            if (p == null) {
                out.add(new Violation(Field.ORDER, Rejection.of(RejectReason.NO_MARKET_PRICE)));
            } else if (qty.multiply(p).compareTo(ins.minNotional()) < 0) {
                out.add(new Violation(Field.ORDER, new Rejection(RejectReason.NOTIONAL_BELOW_MIN,
                        plain(qty.multiply(p)) + " < min " + plain(ins.minNotional()) + " " + ins.quoteAsset())));
            }
        }
        return out;
    }

    /**
     * Every rule for a full request: the symbol's filters, the order's shape (stop price, trail, time in force,
     * expiry, post-only) and, for stop-style orders, a stop price on the right side of the last price.
     *
     * @param refPrice best opposite price (for a market order's value), or null
     * @param lastPrice last traded price (for stop placement), or null when unknown
     */
    public static List<Violation> check(Instrument ins, OrderRequest r, BigDecimal refPrice, BigDecimal lastPrice,
                                        long nowMs) {
        BigDecimal valueRef = r.type().needsStopPrice() && !r.type().needsPrice() ? r.stopPrice() : refPrice;
        OrderType shapeForNotional = r.type().needsPrice() ? OrderType.LIMIT : OrderType.MARKET;
        List<Violation> out = new ArrayList<>(check(ins, shapeForNotional, r.qty(), r.price(), valueRef));
        if (r.type().needsStopPrice()) {
            if (r.stopPrice() == null || r.stopPrice().signum() <= 0) {
                out.add(new Violation(Field.STOP, Rejection.of(RejectReason.STOP_PRICE_REQUIRED)));
            } else if (!isMultiple(r.stopPrice(), ins.tickSize())) {
                out.add(new Violation(Field.STOP, new Rejection(RejectReason.STOP_PRICE_NOT_TICK_MULTIPLE,
                        "tick " + plain(ins.tickSize()))));
            } else if (lastPrice != null && triggersAtOnce(r, lastPrice)) {
                out.add(new Violation(Field.STOP, new Rejection(RejectReason.STOP_PRICE_WRONG_SIDE,
                        "last " + plain(lastPrice) + ", stop " + plain(r.stopPrice()))));
            }
        }
        out.addAll(OrderShape.check(r, nowMs));
        return out;
    }

    /** A sell stop at or above the last price (or a buy stop at or below) would fire immediately. */
    static boolean triggersAtOnce(OrderRequest r, BigDecimal last) {
        int cmp = last.compareTo(r.stopPrice());
        boolean sell = r.side() == Side.SELL;
        return r.type().isStopStyle() ? (sell ? cmp <= 0 : cmp >= 0) : (sell ? cmp >= 0 : cmp <= 0);
    }

    private static void checkQty(Instrument ins, BigDecimal qty, List<Violation> out) {
        if (qty == null || qty.signum() <= 0) {
            out.add(new Violation(Field.QTY, Rejection.of(RejectReason.QTY_NOT_POSITIVE)));
        } else if (qty.compareTo(ins.minQty()) < 0) {
            out.add(new Violation(Field.QTY, new Rejection(RejectReason.QTY_BELOW_MIN,
                    plain(qty) + " < " + plain(ins.minQty()))));
        } else if (qty.compareTo(ins.maxQty()) > 0) {
            out.add(new Violation(Field.QTY, new Rejection(RejectReason.QTY_ABOVE_MAX,
                    plain(qty) + " > " + plain(ins.maxQty()))));
        } else if (!isMultiple(qty, ins.lotStep())) {
            out.add(new Violation(Field.QTY, new Rejection(RejectReason.QTY_NOT_LOT_MULTIPLE,
                    "step " + plain(ins.lotStep()))));
        }
    }

    private static void checkPrice(Instrument ins, BigDecimal price, List<Violation> out) {
        if (price == null) {
            out.add(new Violation(Field.PRICE, Rejection.of(RejectReason.PRICE_REQUIRED)));
        } else if (price.signum() <= 0) {
            out.add(new Violation(Field.PRICE, Rejection.of(RejectReason.PRICE_NOT_POSITIVE)));
        } else if (!isMultiple(price, ins.tickSize())) {
            out.add(new Violation(Field.PRICE, new Rejection(RejectReason.PRICE_NOT_TICK_MULTIPLE,
                    "tick " + plain(ins.tickSize()))));
        }
    }

    static boolean isMultiple(BigDecimal value, BigDecimal step) {
        return value.remainder(step).signum() == 0;
    }

    static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }
}
