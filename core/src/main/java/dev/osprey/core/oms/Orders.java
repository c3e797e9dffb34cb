package dev.osprey.core.oms;

import dev.osprey.core.order.Fill;
import dev.osprey.core.order.Order;
import dev.osprey.core.order.OrderStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every order of the session by client order id, changed only through legal {@link OrderStatus} transitions.
 * An illegal move (a late or duplicated venue message) is logged and refused, never applied. Engine thread only.
 */
public final class Orders {
    private static final Logger LOG = LoggerFactory.getLogger(Orders.class);

    private final Map<String, Order> byClientId = new LinkedHashMap<>();

    public boolean contains(String clientOrderId) {
        return byClientId.containsKey(clientOrderId);
    }

    public Optional<Order> get(String clientOrderId) {
        return Optional.ofNullable(byClientId.get(clientOrderId));
    }

    /** Records a new order; the id must be unused. */
    public void add(Order order) {
        if (byClientId.putIfAbsent(order.clientOrderId(), order) != null) {
            throw new IllegalStateException("duplicate client order id " + order.clientOrderId());
        }
    }

    /** Moves an order to {@code target}; returns the new order, or empty if unknown or the move is illegal. */
    public Optional<Order> transition(String clientOrderId, OrderStatus target, String why, long timeMs) {
        Order o = byClientId.get(clientOrderId);
        if (o == null) {
            LOG.warn("{} for unknown order {} ignored", target, clientOrderId);
            return Optional.empty();
        }
        if (!o.status().canBecome(target)) {
            LOG.warn("illegal transition {} -> {} for {} refused", o.status(), target, clientOrderId);
            return Optional.empty();
        }
        Order next = o.withStatus(target, why, timeMs);
        byClientId.put(clientOrderId, next);
        return Optional.of(next);
    }

    public Optional<Order> accept(String clientOrderId, String venueOrderId, long timeMs) {
        Optional<Order> moved = get(clientOrderId).filter(o -> o.status() == OrderStatus.SUBMITTED)
                .flatMap(o -> transition(clientOrderId, OrderStatus.ACCEPTED, "", timeMs));
        moved.ifPresent(o -> byClientId.put(clientOrderId, o.withVenueOrderId(venueOrderId)));
        return moved.map(o -> byClientId.get(clientOrderId));
    }

    /** Applies a fill; refused if the order is finished or the fill would overfill it. */
    public Optional<Order> fill(Fill f) {
        Order o = byClientId.get(f.clientOrderId());
        if (o == null || !o.isWorking()) {
            LOG.warn("fill {} for {} order {} refused", f.tradeId(), o == null ? "unknown" : o.status(),
                    f.clientOrderId());
            return Optional.empty();
        }
        if (o.filledQty().add(f.qty()).compareTo(o.qty()) > 0) {
            LOG.warn("fill {} would overfill {} ({} + {} > {}): refused", f.tradeId(), o.clientOrderId(),
                    o.filledQty(), f.qty(), o.qty());
            return Optional.empty();
        }
        Order next = o.withFill(f);
        if (o.venueOrderId() == null && f.venueOrderId() != null) {
            next = next.withVenueOrderId(f.venueOrderId());
        }
        byClientId.put(o.clientOrderId(), next);
        return Optional.of(next);
    }

    public List<Order> working() {
        List<Order> out = new ArrayList<>();
        for (Order o : byClientId.values()) {
            if (o.isWorking()) {
                out.add(o);
            }
        }
        return out;
    }

    /** All orders, newest first. */
    public List<Order> newestFirst() {
        List<Order> out = new ArrayList<>(byClientId.values());
        java.util.Collections.reverse(out);
        return out;
    }
}
