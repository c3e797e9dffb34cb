package dev.osprey.app.ui.ladder;

import dev.osprey.core.engine.Command;
import dev.osprey.core.instrument.Instrument;
import dev.osprey.core.instrument.OrderRules;
import dev.osprey.core.market.Scaled;
import dev.osprey.core.order.Order;
import dev.osprey.core.order.OrderRequest;
import dev.osprey.core.order.OrderType;
import dev.osprey.core.order.Side;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * What a click on the ladder asks the engine for: a GTC limit order at the clicked price, checked by the same
 * symbol rules as the ticket (the engine's pre-trade risk follows, as for every order); cancels of the own orders
 * in a row; amends that move them to another row. Pure: no JavaFX.
 */
final class LadderOrders {

    /** A command to send, or the reason nothing is sent. */
    record Outcome(Command command, String error) {
        boolean ok() {
            return command != null;
        }
    }

    private final Instrument instrument;
    private final Supplier<String> ids;

    LadderOrders(Instrument instrument, Supplier<String> ids) {
        this.instrument = instrument;
        this.ids = ids;
    }

    Outcome limit(Side side, long price, String qtyText) {
        BigDecimal qty;
        try {
            qty = new BigDecimal(qtyText.trim());
        } catch (NumberFormatException e) {
            return new Outcome(null, "Quantity is not a number: " + qtyText.trim());
        }
        BigDecimal px = Scaled.toBigDecimal(price).stripTrailingZeros();
        OrderRequest r = new OrderRequest(ids.get(), instrument.symbol(), side, OrderType.LIMIT, qty, px);
        List<OrderRules.Violation> problems = OrderRules.check(instrument, r, null, null, 0L);
        if (!problems.isEmpty()) {
            return new Outcome(null, problems.get(0).rejection().text());
        }
        return new Outcome(new Command.PlaceOrder(r), null);
    }

    /** Own working orders of this symbol on {@code side} at exactly {@code price}. */
    List<Order> ownAt(List<Order> orders, Side side, long price) {
        List<Order> out = new ArrayList<>();
        for (Order o : orders) {
            if (o.isWorking() && o.side() == side && o.symbol().equals(instrument.symbol()) && o.price() != null
                    && Scaled.of(o.price()) == price) {
                out.add(o);
            }
        }
        return out;
    }

    List<Command> cancel(List<Order> own) {
        List<Command> out = new ArrayList<>();
        own.forEach(o -> out.add(new Command.CancelOrder(o.symbol(), o.clientOrderId())));
        return out;
    }

    /** One amend per order, each to {@code newPrice} under a new client id (the venue sees a cancel-replace). */
    List<Command> move(List<Order> own, long newPrice) {
        BigDecimal px = Scaled.toBigDecimal(newPrice).stripTrailingZeros();
        List<Command> out = new ArrayList<>();
        own.forEach(o -> out.add(new Command.Amend(o.clientOrderId(), null, px, ids.get())));
        return out;
    }
}
