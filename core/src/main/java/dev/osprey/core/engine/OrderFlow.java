package dev.osprey.core.engine;

import dev.osprey.core.gate.OrderGate;
import dev.osprey.core.instrument.Instrument;
import dev.osprey.core.instrument.OrderRules;
import dev.osprey.core.market.Scaled;
import dev.osprey.core.oms.Orders;
import dev.osprey.core.order.Contingency;
import dev.osprey.core.order.Order;
import dev.osprey.core.order.OrderRequest;
import dev.osprey.core.order.OrderStatus;
import dev.osprey.core.order.OrderType;
import dev.osprey.core.order.RejectReason;
import dev.osprey.core.order.Rejection;
import dev.osprey.core.order.Side;
import dev.osprey.core.order.TimeInForce;
import dev.osprey.core.risk.PreTradeRisk;
import dev.osprey.core.risk.RiskView;
import dev.osprey.core.venue.OrderEntry;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * The OMS on the engine thread: checks and places orders, holds the ones the venue cannot take natively
 * (conditional types) and sends them when they trigger, cancels, and expires GTD orders. The same code runs for
 * every venue; what a venue supports natively only decides what is held here.
 */
final class OrderFlow {
    private final Map<String, Instrument> instruments;
    private final OrderEntry venue;
    private final Set<OrderType> nativeTypes;
    private final OrderGate gate;
    private final Orders orders;
    private final MarketBooks books;
    private final ReduceOnly reduceOnly;
    private final LongSupplier now;
    private final Consumer<String> notices;
    private final Triggers triggers = new Triggers();
    private GroupHook groups = GroupHook.NONE;
    private BreakerWatch breaker;

    /**
     * Spot venues lock the base asset for every resting sell, so a triggered leg of a bracket or OCO pair can only
     * trade once its sibling legs at the venue are cancelled. The group owner tells which legs block, and calls
     * {@link #sendTriggered} once they are gone.
     */
    interface GroupHook {
        GroupHook NONE = new GroupHook() {
            @Override
            public List<String> blockers(Order triggered) {
                return List.of();
            }

            @Override
            public void waitFor(Order triggered, List<String> blockers) {
            }
        };

        List<String> blockers(Order triggered);

        void waitFor(Order triggered, List<String> blockers);
    }

    void groupHook(GroupHook hook) {
        this.groups = hook;
    }

    void breaker(BreakerWatch watch) {
        this.breaker = watch;
    }
    private final Expiries expiries = new Expiries();

    private final PreTradeRisk risk;
    private final RiskView riskView;
    private final LongSupplier nanos;

    OrderFlow(Map<String, Instrument> instruments, OrderEntry venue, OrderGate gate, Orders orders, MarketBooks books,
              ReduceOnly reduceOnly, LongSupplier now, Consumer<String> notices, PreTradeRisk risk, RiskView riskView,
              LongSupplier nanos) {
        this.risk = risk;
        this.riskView = riskView;
        this.nanos = nanos;
        this.instruments = instruments;
        this.venue = venue;
        this.nativeTypes = venue.nativeTypes();
        this.gate = gate;
        this.orders = orders;
        this.books = books;
        this.reduceOnly = reduceOnly;
        this.now = now;
        this.notices = notices;
    }

    /** Checks, then holds or sends. Returns false (with a REJECTED order on record) when refused. */
    boolean place(OrderRequest r, Contingency contingency) {
        return place(r, contingency, null);
    }

    /** As {@link #place(OrderRequest, Contingency)}; {@code stopPercent} is a bracket entry's stop distance. */
    boolean place(OrderRequest asked, Contingency contingency, BigDecimal stopPercent) {
        if (orders.contains(asked.clientOrderId())) {
            notices.accept(Rejection.of(RejectReason.DUPLICATE_CLIENT_ID).text() + ": " + asked.clientOrderId());
            return false;
        }
        long at = nanos.getAsLong();
        boolean increases = increases(asked);
        OrderRequest r = increases ? sized(asked) : asked;
        Optional<Rejection> refused = gate.checkNewOrder()
                .or(() -> breaker == null ? Optional.empty() : breaker.check(r.symbol(), increases))
                .or(() -> check(r, contingency))
                .or(() -> isProtectiveLeg(contingency) ? Optional.empty() : checkRisk(r, stopPercent, at));
        if (refused.isPresent()) {
            orders.add(Order.rejected(r, refused.get(), now.getAsLong()).withContingency(contingency));
            notices.accept("Order " + r.clientOrderId() + " rejected: " + refused.get().text());
            return false;
        }
        risk.accepted(at);
        if (increases && breaker != null) {
            breaker.entrySent();
        }
        if (r.tif() == TimeInForce.GTD) {
            expiries.add(r.clientOrderId(), r.expireAtMs());
        }
        if (r.type().isConditional() && !nativeTypes.contains(r.type())) {
            orders.add(Order.held(r, now.getAsLong(), contingency));
            return true;
        }
        Order sent = Order.submitted(r, now.getAsLong()).withContingency(contingency);
        orders.add(r.tif() == TimeInForce.GTD ? emulatedPart(sent) : sent);
        venue.place(r.forVenue());
        return true;
    }

    /** After a restart: working GTD orders are watched for their expiry again. */
    void rearmExpiries(List<Order> working) {
        for (Order o : working) {
            if (o.spec().tif() == TimeInForce.GTD) {
                expiries.add(o.clientOrderId(), o.spec().expireAtMs());
            }
        }
    }

    /** An entry as the breaker lets it go: smaller while a breaker probes or the symbol's volatility is high. */
    private OrderRequest sized(OrderRequest entry) {
        OrderRequest r = breaker == null ? entry : breaker.sized(entry, instruments.get(entry.symbol()));
        if (r != entry) {
            notices.accept("Order " + entry.clientOrderId() + " scaled by the circuit breaker from "
                    + entry.qty().stripTrailingZeros().toPlainString() + " to "
                    + r.qty().stripTrailingZeros().toPlainString() + " (probe and/or volatility scaling)");
        }
        return r;
    }

    private static Order emulatedPart(Order o) {
        return new Order(o.spec(), null, o.status(), o.filledQty(), null, o.fees(), "GTD kept by the engine",
                o.createdMs(), o.updatedMs(), true, o.contingency());
    }

    Optional<Rejection> check(OrderRequest r, Contingency contingency) {
        Instrument ins = instruments.get(r.symbol());
        if (ins == null) {
            return Optional.of(new Rejection(RejectReason.UNKNOWN_SYMBOL, r.symbol()));
        }
        long ref = r.side() == Side.BUY ? books.bestAsk(r.symbol()) : books.bestBid(r.symbol());
        BigDecimal refPrice = ref == MarketBooks.NO_PRICE ? null : Scaled.toBigDecimal(ref);
        Optional<Rejection> rules = OrderRules.check(ins, r, refPrice, books.lastTrade(r.symbol()), now.getAsLong())
                .stream().map(OrderRules.Violation::rejection).findFirst();
        return rules.or(() -> r.reduceOnly() ? reduceOnly.check(r, contingency, orders.working()) : Optional.empty());
    }

    /** Opens or adds to a position: not reduce-only, and on the position's side (or from flat). */
    private boolean increases(OrderRequest r) {
        BigDecimal position = riskView.position(r.symbol());
        return !r.reduceOnly() && (r.side() == Side.BUY ? position.signum() >= 0 : position.signum() <= 0);
    }

    /**
     * A bracket's stop-loss and take-profit are not checked again: their entry passed risk with its stop distance,
     * they only reduce the position, and a fat-finger band must not strip a position of its protection.
     */
    private static boolean isProtectiveLeg(Contingency c) {
        return c != null && (c.role() == Contingency.Role.STOP_LOSS || c.role() == Contingency.Role.TAKE_PROFIT);
    }

    /**
     * A closing order the engine itself decides on (flatten after a stop): it passes a halted gate and skips
     * pre-trade risk, but must be reduce-only and is checked as such.
     */
    boolean placeClosing(OrderRequest r) {
        if (!r.reduceOnly()) {
            throw new IllegalArgumentException("a closing order must be reduce-only: " + r.clientOrderId());
        }
        Optional<Rejection> refused = check(r, null);
        if (refused.isPresent()) {
            orders.add(Order.rejected(r, refused.get(), now.getAsLong()));
            notices.accept("Closing order " + r.clientOrderId() + " rejected: " + refused.get().text());
            return false;
        }
        orders.add(Order.submitted(r, now.getAsLong()));
        venue.place(r);
        return true;
    }

    /** Pre-trade risk on the order's value: limit price, else stop price, else the best opposite price. */
    private Optional<Rejection> checkRisk(OrderRequest r, BigDecimal stopPercent, long at) {
        BigDecimal px = r.price() != null ? r.price() : r.stopPrice();
        if (px == null) {
            long ref = r.side() == Side.BUY ? books.bestAsk(r.symbol()) : books.bestBid(r.symbol());
            px = ref == MarketBooks.NO_PRICE ? books.mid(r.symbol()) : Scaled.toBigDecimal(ref);
        }
        if (px == null) {
            return Optional.of(Rejection.of(RejectReason.NO_MARKET_PRICE));
        }
        return risk.check(r, instruments.get(r.symbol()), r.qty().multiply(px), stopPercent, at, riskView);
    }

    void cancel(String clientOrderId, String why) {
        Optional<Order> o = orders.get(clientOrderId);
        if (o.isEmpty() || !o.get().isWorking()) {
            notices.accept("Cancel refused: " + clientOrderId + " is " + o.map(x -> x.status().name()).orElse("unknown"));
            return;
        }
        Order order = o.get();
        if (order.status() == OrderStatus.PENDING_CANCEL || order.status() == OrderStatus.PENDING_REPLACE) {
            return;
        }
        if (isHeld(order)) {
            triggers.forget(clientOrderId);
            orders.transition(clientOrderId, OrderStatus.CANCELED, why, now.getAsLong());
            return;
        }
        orders.transition(clientOrderId, OrderStatus.PENDING_CANCEL, why, now.getAsLong());
        venue.cancel(order.symbol(), clientOrderId);
    }

    void cancelAll(String symbol, String why) {
        for (Order o : orders.working()) {
            if (symbol == null || symbol.equals(o.symbol())) {
                cancel(o.clientOrderId(), why);
            }
        }
    }

    /** An order the engine still holds: nothing of it is at the venue. */
    static boolean isHeld(Order o) {
        return o.isHeldByEngine();
    }

    /** Fires every held order of the symbol whose trigger the last trade reached. */
    void onLastPrice(String symbol, BigDecimal last) {
        for (Order o : orders.working()) {
            if (isHeld(o) && o.symbol().equals(symbol) && triggers.fires(o, last)) {
                fire(o, last);
            }
        }
    }

    private void fire(Order o, BigDecimal last) {
        triggers.forget(o.clientOrderId());
        List<String> blockers = groups.blockers(o);
        orders.transition(o.clientOrderId(), OrderStatus.TRIGGERED, "triggered at " + last.toPlainString()
                + (blockers.isEmpty() ? "" : "; cancelling the other leg first"), now.getAsLong());
        if (blockers.isEmpty()) {
            sendTriggered(o.clientOrderId());
            return;
        }
        groups.waitFor(o, blockers);
        for (String id : blockers) {
            cancel(id, "other leg " + o.clientOrderId() + " triggered");
        }
    }

    /**
     * Sends a triggered order's plain order. A reduce-only one is cut to what the position still allows (a sibling
     * may have filled meanwhile), or cancelled when nothing is left to reduce.
     */
    void sendTriggered(String clientOrderId) {
        Optional<Order> found = orders.get(clientOrderId).filter(o -> o.status() == OrderStatus.TRIGGERED);
        if (found.isEmpty()) {
            return;
        }
        Order o = found.get();
        OrderRequest plain = o.spec().triggered(o.remainingQty());
        if (plain.reduceOnly()) {
            BigDecimal room = reduceOnly.room(plain, o.contingency(), orders.working());
            if (room.signum() <= 0) {
                orders.transition(clientOrderId, OrderStatus.CANCELED, "nothing left to reduce", now.getAsLong());
                return;
            }
            if (plain.qty().compareTo(room) > 0) {
                orders.respec(clientOrderId, o.spec().withQtyAndPrice(o.filledQty().add(room), o.price()),
                        now.getAsLong());
                plain = plain.withQtyAndPrice(room, plain.price());
            }
        }
        venue.place(plain);
    }

    /**
     * After a fill shrinks a position, working reduce-only orders against it may together exceed what is left:
     * the newest are cancelled until they fit, so a reduce-only order can never flip the position.
     * Legs of one bracket or OCO group count once (only one of them can trade).
     */
    void trimReduceOnly(String symbol) {
        BigDecimal position = riskView.position(symbol);
        BigDecimal room = position.abs();
        Side closing = position.signum() >= 0 ? Side.SELL : Side.BUY;
        Set<String> groupsSeen = new HashSet<>();
        List<Order> working = orders.working();
        for (Order o : working) {
            // Held and just-triggered orders are sized when they are sent (sendTriggered), not here.
            boolean against = o.symbol().equals(symbol) && o.spec().reduceOnly() && !isHeld(o)
                    && o.status() != OrderStatus.TRIGGERED && o.status() != OrderStatus.PENDING_CANCEL
                    && o.status() != OrderStatus.PENDING_REPLACE;
            if (!against) {
                continue;
            }
            boolean wrongSide = o.side() != closing || position.signum() == 0;
            boolean countedGroup = o.contingency() != null && !groupsSeen.add(o.contingency().groupId());
            if (countedGroup) {
                continue;
            }
            if (wrongSide || o.remainingQty().compareTo(room) > 0) {
                cancel(o.clientOrderId(), "reduce-only: the position is now smaller than the order");
            } else {
                room = room.subtract(o.remainingQty());
            }
        }
    }

    /** Expires GTD orders whose time has come: held ones at once, the rest through a venue cancel. */
    void onTime() {
        for (String id : expiries.due(now.getAsLong())) {
            orders.get(id).filter(Order::isWorking).ifPresent(o -> {
                if (isHeld(o)) {
                    orders.transition(id, OrderStatus.EXPIRED, "GTD expired", now.getAsLong());
                } else {
                    expiries.markExpiring(id);
                    cancel(id, "GTD expired");
                }
            });
        }
    }

    /** A venue cancel of an order we are expiring is an expiry to the trader. */
    OrderStatus cancelOutcome(String clientOrderId) {
        return expiries.consumeExpiring(clientOrderId) ? OrderStatus.EXPIRED : OrderStatus.CANCELED;
    }

    BigDecimal trailingStopLevel(Order o, BigDecimal last) {
        return o.type() == OrderType.TRAILING_STOP && last != null ? triggers.trailingStop(o, last) : null;
    }
}
