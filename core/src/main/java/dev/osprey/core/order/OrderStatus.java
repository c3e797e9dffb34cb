package dev.osprey.core.order;

import java.util.EnumSet;
import java.util.Set;

/**
 * The order lifecycle. Every change goes through {@link #canBecome}; the engine refuses and logs any other move,
 * so a late or duplicated venue message can never resurrect a finished order.
 * An order the engine holds for a venue that lacks its type (an emulated stop, say) is ACCEPTED by the engine and
 * becomes TRIGGERED when its trigger fires and it is sent.
 */
public enum OrderStatus {
    /** Accepted by the engine and sent; the venue has not answered yet. */
    SUBMITTED,
    ACCEPTED,
    /** A conditional order whose trigger fired: its plain order has been sent to the venue. */
    TRIGGERED,
    PARTIALLY_FILLED,
    FILLED,
    PENDING_CANCEL,
    /** Being cancelled so that an amended copy can replace it. */
    PENDING_REPLACE,
    CANCELED,
    REJECTED,
    EXPIRED;

    private Set<OrderStatus> next;

    static {
        SUBMITTED.next = EnumSet.of(ACCEPTED, PARTIALLY_FILLED, FILLED, PENDING_CANCEL, CANCELED, REJECTED, EXPIRED);
        ACCEPTED.next = EnumSet.of(TRIGGERED, PARTIALLY_FILLED, FILLED, PENDING_CANCEL, PENDING_REPLACE, CANCELED,
                EXPIRED);
        TRIGGERED.next = EnumSet.of(ACCEPTED, PARTIALLY_FILLED, FILLED, PENDING_CANCEL, CANCELED, REJECTED, EXPIRED);
        PARTIALLY_FILLED.next = EnumSet.of(PARTIALLY_FILLED, FILLED, PENDING_CANCEL, PENDING_REPLACE, CANCELED,
                EXPIRED);
        // A fill can race a cancel request: the venue may still fill (part of) the order before it cancels.
        // ... and a rejection of the order itself can still be on its way when we ask to cancel it.
        PENDING_CANCEL.next = EnumSet.of(ACCEPTED, PARTIALLY_FILLED, FILLED, CANCELED, EXPIRED, REJECTED);
        PENDING_REPLACE.next = EnumSet.of(ACCEPTED, PARTIALLY_FILLED, FILLED, CANCELED, EXPIRED, REJECTED);
        FILLED.next = EnumSet.noneOf(OrderStatus.class);
        CANCELED.next = EnumSet.noneOf(OrderStatus.class);
        REJECTED.next = EnumSet.noneOf(OrderStatus.class);
        EXPIRED.next = EnumSet.noneOf(OrderStatus.class);
    }

    public boolean canBecome(OrderStatus target) {
        return next.contains(target);
    }

    /** Still able to trade: a working order can be cancelled and can fill. */
    public boolean isWorking() {
        return !next.isEmpty();
    }
}
