package dev.osprey.app.ui;

import dev.osprey.core.engine.Command;
import dev.osprey.core.instrument.Instrument;
import dev.osprey.core.instrument.OrderRules;
import dev.osprey.core.order.BracketSpec;
import dev.osprey.core.order.OrderRequest;
import dev.osprey.core.order.OrderType;
import dev.osprey.core.order.TimeInForce;
import dev.osprey.core.order.Trailing;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Turns the ticket's input into an engine command, or into one message per field that is wrong. Pure: no JavaFX,
 * so every rule of the ticket is tested without a window. The same symbol rules run again in the engine.
 */
final class TicketOrder {

    /** Where a problem is shown. */
    enum Field { QTY, PRICE, STOP, TRAIL, EXPIRY, BRACKET, OCO, ORDER }

    /** Either a command to send (with the order's client id) or the problems, by field. */
    record Outcome(Command command, String clientOrderId, Map<Field, String> errors) {
        boolean ok() {
            return command != null;
        }
    }

    private final Instrument instrument;
    private final Supplier<String> ids;
    private final Map<Field, String> errors = new EnumMap<>(Field.class);

    private TicketOrder(Instrument instrument, Supplier<String> ids) {
        this.instrument = instrument;
        this.ids = ids;
    }

    /**
     * @param refPrice  best opposite price (a market order's value), or null
     * @param lastPrice last trade (where a stop may go), or null
     * @param nowMs     engine time, for GTD expiry
     */
    static Outcome build(TicketInput in, Instrument instrument, BigDecimal refPrice, BigDecimal lastPrice, long nowMs,
                         Supplier<String> ids) {
        return new TicketOrder(instrument, ids).read(in, refPrice, lastPrice, nowMs);
    }

    private Outcome read(TicketInput in, BigDecimal refPrice, BigDecimal lastPrice, long nowMs) {
        OrderType t = in.type();
        BigDecimal qty = number(in.qty(), Field.QTY, true);
        BigDecimal price = t.needsPrice() ? number(in.price(), Field.PRICE, true) : null;
        BigDecimal stop = t.needsStopPrice() ? number(in.stop(), Field.STOP, true)
                : t == OrderType.TRAILING_STOP ? number(in.stop(), Field.STOP, false) : null;
        Trailing trail = t == OrderType.TRAILING_STOP ? trailing(in, lastPrice) : null;
        TimeInForce tif = t == OrderType.MARKET ? TimeInForce.IOC : in.tif();
        long expireAt = tif == TimeInForce.GTD ? expiry(in.expireMinutes(), nowMs) : 0L;
        if (!errors.isEmpty()) {
            return failed();
        }
        String id = ids.get();
        OrderRequest r = new OrderRequest(id, instrument.symbol(), in.side(), t, qty, price,
                t == OrderType.TRAILING_STOP ? null : stop, tif, expireAt, in.postOnly() && t == OrderType.LIMIT,
                in.reduceOnly(), trail);
        for (OrderRules.Violation v : OrderRules.check(instrument, r, refPrice, lastPrice, nowMs)) {
            errors.putIfAbsent(fieldOf(v.field()), v.rejection().text());
        }
        Command command = errors.isEmpty() ? attach(in, r) : null;
        return command == null ? failed() : new Outcome(command, id, Map.of());
    }

    private Trailing trailing(TicketInput in, BigDecimal lastPrice) {
        BigDecimal amount = number(in.trailAmount(), Field.TRAIL, true);
        BigDecimal activation = number(in.stop(), Field.STOP, false);
        if (amount == null) {
            return null;
        }
        try {
            return new Trailing(in.trailKind(), amount, activation);
        } catch (IllegalArgumentException e) {
            errors.put(Field.TRAIL, e.getMessage());
            return null;
        }
    }

    private Command attach(TicketInput in, OrderRequest r) {
        switch (in.attach()) {
            case BRACKET:
                BigDecimal sl = number(in.stopLossPercent(), Field.BRACKET, true);
                BigDecimal tp = number(in.takeProfitPercent(), Field.BRACKET, true);
                BigDecimal arm = number(in.trailArmPercent(), Field.BRACKET, false);
                if (!errors.isEmpty()) {
                    return null;
                }
                try {
                    return new Command.PlaceBracket(r, new BracketSpec(sl, tp, arm, r.clientOrderId() + "-sl",
                            r.clientOrderId() + "-tp"));
                } catch (IllegalArgumentException e) {
                    errors.put(Field.BRACKET, e.getMessage());
                    return null;
                }
            case OCO:
                return oco(in, r);
            default:
                return new Command.PlaceOrder(r);
        }
    }

    /** The second leg: a stop (stop-limit when a limit is given) on the same side and quantity. */
    private Command oco(TicketInput in, OrderRequest first) {
        BigDecimal stop = number(in.ocoStop(), Field.OCO, true);
        BigDecimal limit = number(in.ocoStopLimit(), Field.OCO, false);
        if (!errors.isEmpty()) {
            return null;
        }
        OrderType t = limit == null ? OrderType.STOP_MARKET : OrderType.STOP_LIMIT;
        OrderRequest second = new OrderRequest(first.clientOrderId() + "-oco", first.symbol(), first.side(), t,
                first.qty(), limit, stop, TimeInForce.GTC, 0L, false, first.reduceOnly(), null);
        for (OrderRules.Violation v : OrderRules.check(instrument, second, null, null, 0L)) {
            errors.putIfAbsent(Field.OCO, "stop leg: " + v.rejection().text());
        }
        return errors.isEmpty() ? new Command.PlaceOco(first, second) : null;
    }

    private long expiry(String minutes, long nowMs) {
        BigDecimal m = number(minutes, Field.EXPIRY, true);
        if (m == null) {
            return 0L;
        }
        if (m.signum() <= 0) {
            errors.put(Field.EXPIRY, "Expiry must be in the future");
            return 0L;
        }
        return nowMs + m.multiply(BigDecimal.valueOf(60_000)).longValue();
    }

    private static Field fieldOf(OrderRules.Field f) {
        switch (f) {
            case QTY:
                return Field.QTY;
            case PRICE:
                return Field.PRICE;
            case STOP:
                return Field.STOP;
            default:
                return Field.ORDER;
        }
    }

    /** A plain decimal, or null with the error recorded (only when {@code required}, for an empty field). */
    private BigDecimal number(String text, Field field, boolean required) {
        String t = text == null ? "" : text.trim();
        if (t.isEmpty()) {
            if (required) {
                errors.putIfAbsent(field, "Required");
            }
            return null;
        }
        if (t.contains("e") || t.contains("E")) {
            errors.putIfAbsent(field, "Write a plain number, e.g. 0.01");
            return null;
        }
        try {
            return new BigDecimal(t);
        } catch (NumberFormatException e) {
            errors.putIfAbsent(field, "Not a number: " + t);
            return null;
        }
    }

    private Outcome failed() {
        return new Outcome(null, null, Map.copyOf(errors));
    }
}
