package dev.osprey.core.oms;

import dev.osprey.core.order.Fill;
import dev.osprey.core.order.Order;
import dev.osprey.core.order.OrderRequest;
import dev.osprey.core.order.OrderStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
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

    /** Told of every change, after it is stored: (before, after); before is null for a new order. */
    public interface Listener {
        void onChange(Order before, Order after);
    }

    private final Map<String, Order> byClientId = new LinkedHashMap<>();
    private final Map<String, Order> working = new LinkedHashMap<>();
    private final List<Listener> listeners = new ArrayList<>();

    public void addListener(Listener l) {
        listeners.add(l);
    }

    private void store(Order before, Order after) {
        put(after);
        for (Listener l : listeners) {
            l.onChange(before, after);
        }
    }

    /** Keeps the working index in step: the engine asks for working orders on every trade, not for all of them. */
    private void put(Order o) {
        byClientId.put(o.clientOrderId(), o);
        if (o.isWorking()) {
            working.put(o.clientOrderId(), o);
        } else {
            working.remove(o.clientOrderId());
        }
    }

    public boolean contains(String clientOrderId) {
        return byClientId.containsKey(clientOrderId);
    }

    public Optional<Order> get(String clientOrderId) {
        return Optional.ofNullable(byClientId.get(clientOrderId));
    }

    /**
     * Puts back an order as the journal recorded it (after a restart), replacing any earlier record of it. No
     * state-machine check and no listener: this is not a change, it is what already happened.
     */
    public void restore(Order order) {
        put(order);
    }

    /** Records a new order; the id must be unused. */
    public void add(Order order) {
        if (byClientId.containsKey(order.clientOrderId())) {
            throw new IllegalStateException("duplicate client order id " + order.clientOrderId());
        }
        store(null, order);
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
        store(o, next);
        return Optional.of(next);
    }

    /** The venue's acknowledgement of a sent (or triggered) order; anything later is left as it is. */
    public Optional<Order> accept(String clientOrderId, String venueOrderId, long timeMs) {
        Order o = byClientId.get(clientOrderId);
        if (o == null) {
            return Optional.empty();
        }
        if (o.status() != OrderStatus.SUBMITTED && o.status() != OrderStatus.TRIGGERED) {
            if (o.venueOrderId() == null) {
                put(o.withVenueOrderId(venueOrderId));
            }
            return Optional.empty();
        }
        Order next = o.withStatus(OrderStatus.ACCEPTED, "", timeMs).withVenueOrderId(venueOrderId);
        store(o, next);
        return Optional.of(next);
    }

    /** Changes what an engine-held order asks for (its status is unchanged). */
    public Optional<Order> respec(String clientOrderId, OrderRequest spec, long timeMs) {
        Order o = byClientId.get(clientOrderId);
        if (o == null || !o.isWorking()) {
            return Optional.empty();
        }
        Order next = o.withSpec(spec, timeMs);
        store(o, next);
        return Optional.of(next);
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
        store(o, next);
        return Optional.of(next);
    }

    /** Working orders, oldest first. */
    public List<Order> working() {
        return new ArrayList<>(working.values());
    }

    /** Working orders, oldest first, as a live read-only view: for checks that read them once, without a copy. */
    public Collection<Order> workingView() {
        return Collections.unmodifiableCollection(working.values());
    }

    public int workingCount() {
        return working.size();
    }

    /** All orders, newest first. */
    public List<Order> newestFirst() {
        List<Order> out = new ArrayList<>(byClientId.values());
        Collections.reverse(out);
        return out;
    }
}
