package dev.osprey.paper;

import dev.osprey.core.order.Fill;
import dev.osprey.core.order.Order;
import dev.osprey.core.order.OrderStatus;
import dev.osprey.core.order.Side;
import dev.osprey.core.portfolio.Position;
import dev.osprey.core.venue.AccountEvent;
import dev.osprey.core.venue.Balance;
import dev.osprey.core.venue.CancelRejected;
import dev.osprey.core.venue.OrderAccepted;
import dev.osprey.core.venue.OrderCanceled;
import dev.osprey.core.venue.OrderExpired;
import dev.osprey.core.venue.OrderFilled;
import dev.osprey.core.venue.OrderRejected;
import dev.osprey.core.venue.VenueState;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/** What must hold between the engine and the paper venue after every step, and once nothing is in flight. */
final class DeskInvariants {
    private final SyncDesk desk;
    private final String symbol;
    private final String baseAsset;
    private final BigDecimal openingBase;
    private final Map<String, OrderStatus> lastSeen = new HashMap<>();
    /** Signed quantity of every fill the venue reported to the engine. */
    private BigDecimal reportedNet = BigDecimal.ZERO;
    /** Per client id, the reports the engine got: the story behind a failure. */
    private final Map<String, List<AccountEvent>> reports = new HashMap<>();

    DeskInvariants(SyncDesk desk, String symbol, String baseAsset, BigDecimal openingBase) {
        this.desk = desk;
        this.symbol = symbol;
        this.baseAsset = baseAsset;
        this.openingBase = openingBase;
        desk.watchReports(event -> {
            if (event instanceof OrderFilled f) {
                reportedNet = reportedNet.add(signed(f.fill()));
            }
            String id = clientOrderId(event);
            if (id != null) {
                reports.computeIfAbsent(id, k -> new ArrayList<>()).add(event);
            }
        });
    }

    void afterStep(List<String> ids) {
        for (String id : ids) {
            desk.engine.order(id).ifPresent(this::checkOrder);
        }
        VenueState venue = desk.matcher.state();
        Map<String, BigDecimal> held = desk.matcher.reservedByOrders();
        for (Balance b : venue.balances()) {
            require(b.free().signum() >= 0 && b.locked().signum() >= 0, () -> "venue balance negative: " + b);
            BigDecimal orders = held.getOrDefault(b.asset(), BigDecimal.ZERO);
            require(b.locked().compareTo(orders) == 0, () -> b.asset() + " locked " + b.locked().toPlainString()
                    + " but the working orders hold " + orders.toPlainString());
        }
        for (Balance b : desk.engine.portfolio().balances()) {
            require(b.free().signum() >= 0 && b.locked().signum() >= 0, () -> "engine balance negative: " + b);
        }
        for (Order o : venue.openOrders()) {
            require(o.filledQty().compareTo(o.qty()) <= 0, () -> "venue overfilled " + o);
        }
        require(position().compareTo(reportedNet) == 0, () -> "engine position " + position().toPlainString()
                + " but the reported fills net " + reportedNet.toPlainString());
    }

    /** Nothing is in flight: the venue's working orders are exactly the engine's orders at the venue. */
    void whenQuiet() {
        require(desk.matcher.isQuiet(), () -> "requests or reports still in flight");
        Set<String> atVenue = new TreeSet<>();
        desk.matcher.state().openOrders().forEach(o -> atVenue.add(o.clientOrderId()));
        Set<String> engineThinks = new TreeSet<>();
        for (Order o : desk.engine.workingOrders()) {
            if (!heldByEngine(o)) {
                engineThinks.add(o.clientOrderId());
            }
        }
        if (!atVenue.equals(engineThinks)) {
            Set<String> odd = new TreeSet<>(atVenue);
            odd.addAll(engineThinks);
            odd.removeIf(id -> atVenue.contains(id) && engineThinks.contains(id));
            StringBuilder story = new StringBuilder();
            for (String id : odd) {
                story.append("\n  ").append(desk.engine.order(id).orElse(null)).append("\n    reports: ")
                        .append(reports.getOrDefault(id, List.of()));
            }
            throw new AssertionError("venue works " + atVenue + ", engine thinks " + engineThinks + story);
        }
        BigDecimal baseMoved = total(desk.matcher.state().balances(), baseAsset).subtract(openingBase);
        require(baseMoved.compareTo(position()) == 0, () -> baseAsset + " moved " + baseMoved.toPlainString()
                + " at the venue, engine position " + position().toPlainString());
        for (Balance mine : desk.engine.portfolio().balances()) {
            Balance venues = desk.matcher.state().balances().stream()
                    .filter(b -> b.asset().equals(mine.asset())).findFirst().orElseThrow();
            require(mine.free().compareTo(venues.free()) == 0 && mine.locked().compareTo(venues.locked()) == 0,
                    () -> "engine sees " + mine + ", venue has " + venues);
        }
    }

    private void checkOrder(Order o) {
        require(o.filledQty().signum() >= 0 && o.filledQty().compareTo(o.qty()) <= 0, () -> "overfilled: " + o);
        OrderStatus before = lastSeen.put(o.clientOrderId(), o.status());
        require(before == null || reachable(before, o.status()),
                () -> o.clientOrderId() + " went " + before + " -> " + o.status() + ", not reachable");
    }

    private BigDecimal position() {
        return desk.engine.portfolio().position(symbol).map(Position::qty).orElse(BigDecimal.ZERO);
    }

    /** Held by the engine, nothing of it at the venue: a conditional order not yet triggered. */
    private static boolean heldByEngine(Order o) {
        return o.emulated() && o.type().isConditional() && o.status() == OrderStatus.ACCEPTED
                && o.venueOrderId() == null;
    }

    /** Whether legal transitions lead from one status to the other (zero steps included). */
    static boolean reachable(OrderStatus from, OrderStatus to) {
        Set<OrderStatus> seen = EnumSet.of(from);
        Deque<OrderStatus> frontier = new ArrayDeque<>(seen);
        while (!frontier.isEmpty()) {
            OrderStatus s = frontier.poll();
            for (OrderStatus next : OrderStatus.values()) {
                if (s.canBecome(next) && seen.add(next)) {
                    frontier.add(next);
                }
            }
        }
        return seen.contains(to);
    }

    private static String clientOrderId(AccountEvent e) {
        if (e instanceof OrderAccepted a) {
            return a.clientOrderId();
        } else if (e instanceof OrderRejected r) {
            return r.clientOrderId();
        } else if (e instanceof OrderFilled f) {
            return f.fill().clientOrderId();
        } else if (e instanceof OrderCanceled c) {
            return c.clientOrderId();
        } else if (e instanceof OrderExpired x) {
            return x.clientOrderId();
        } else if (e instanceof CancelRejected c) {
            return c.clientOrderId();
        }
        return null;
    }

    private static BigDecimal signed(Fill f) {
        return f.side() == Side.BUY ? f.qty() : f.qty().negate();
    }

    private static BigDecimal total(List<Balance> balances, String asset) {
        return balances.stream().filter(b -> b.asset().equals(asset)).map(Balance::total)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The message is built only on failure: the checks run thousands of times per seed. */
    private static void require(boolean ok, Supplier<String> what) {
        if (!ok) {
            throw new AssertionError(what.get());
        }
    }
}
