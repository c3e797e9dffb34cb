package dev.osprey.core.engine;

import dev.osprey.core.oms.Orders;
import dev.osprey.core.order.Fill;
import dev.osprey.core.order.Order;
import dev.osprey.core.order.OrderStatus;
import dev.osprey.core.portfolio.FeeConversion;
import dev.osprey.core.portfolio.Portfolio;
import dev.osprey.core.venue.AccountEvent;
import dev.osprey.core.venue.BalancesChanged;
import dev.osprey.core.venue.CancelRejected;
import dev.osprey.core.venue.OrderAccepted;
import dev.osprey.core.venue.OrderCanceled;
import dev.osprey.core.venue.OrderExpired;
import dev.osprey.core.venue.OrderFilled;
import dev.osprey.core.venue.OrderRejected;
import dev.osprey.core.venue.VenueState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/** Applies what a venue reports to orders and the portfolio, through the order state machine only. */
final class VenueEvents {
    private static final Logger LOG = LoggerFactory.getLogger(VenueEvents.class);

    private final Orders orders;
    private final Portfolio portfolio;
    private final FeeConversion fees;
    private final Function<String, OrderStatus> cancelOutcome;
    private final Consumer<Fill> fills;
    private final Consumer<String> notices;
    private final Consumer<Recorded> record;

    VenueEvents(Orders orders, Portfolio portfolio, FeeConversion fees, Function<String, OrderStatus> cancelOutcome,
                Consumer<Fill> fills, Consumer<String> notices, Consumer<Recorded> record) {
        this.record = record;
        this.fees = fees;
        this.orders = orders;
        this.portfolio = portfolio;
        this.cancelOutcome = cancelOutcome;
        this.fills = fills;
        this.notices = notices;
    }

    void apply(AccountEvent event) {
        if (event instanceof OrderAccepted a) {
            orders.accept(a.clientOrderId(), a.venueOrderId(), a.timeMs());
        } else if (event instanceof OrderRejected r) {
            orders.transition(r.clientOrderId(), OrderStatus.REJECTED, r.rejection().text(), r.timeMs())
                    .ifPresent(o -> notices.accept("Order " + o.clientOrderId() + " rejected: " + o.reason()));
        } else if (event instanceof OrderFilled f) {
            orders.fill(f.fill()).ifPresent(o -> {
                Fill booked = fees.inQuote(f.fill());
                portfolio.apply(booked);
                record.accept(new Recorded.FillRecorded(booked));
                fills.accept(f.fill());
            });
        } else if (event instanceof OrderCanceled c) {
            orders.transition(c.clientOrderId(), cancelOutcome.apply(c.clientOrderId()), c.reason(), c.timeMs());
        } else if (event instanceof OrderExpired x) {
            orders.transition(x.clientOrderId(), OrderStatus.EXPIRED, x.reason(), x.timeMs());
        } else if (event instanceof CancelRejected c) {
            cancelRejected(c);
        } else if (event instanceof BalancesChanged b) {
            portfolio.updateBalances(b.balances());
            record.accept(new Recorded.BalancesRecorded(b.balances()));
        }
    }

    private void cancelRejected(CancelRejected c) {
        Optional<Order> order = orders.get(c.clientOrderId());
        if (order.isPresent() && !order.get().isWorking()) {
            // Already finished (e.g. the kill switch's cancel-all got there first): nothing is wrong.
            LOG.debug("cancel of finished order {} refused by venue: {}", c.clientOrderId(), c.rejection().text());
            return;
        }
        notices.accept("Cancel of " + c.clientOrderId() + " refused: " + c.rejection().text());
        order.filter(o -> o.status() == OrderStatus.PENDING_CANCEL || o.status() == OrderStatus.PENDING_REPLACE)
                .ifPresent(o -> {
            OrderStatus back = o.filledQty().signum() > 0 ? OrderStatus.PARTIALLY_FILLED : OrderStatus.ACCEPTED;
            orders.transition(o.clientOrderId(), back, c.rejection().text(), c.timeMs());
        });
    }

    /** Start-up state: the venue's balances, and any open order we did not know about. */
    void adopt(VenueState state) {
        portfolio.updateBalances(state.balances());
        record.accept(new Recorded.BalancesRecorded(state.balances()));
        for (Order o : state.openOrders()) {
            if (!orders.contains(o.clientOrderId())) {
                orders.add(o);
                notices.accept("Adopted open order " + o.clientOrderId() + " from the venue");
            }
        }
        notices.accept("Venue state loaded: " + state.openOrders().size() + " open order(s), "
                + state.balances().size() + " balance(s)");
    }
}
