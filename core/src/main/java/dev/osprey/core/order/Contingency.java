package dev.osprey.core.order;

import java.util.Objects;

/** Membership of an order in a bracket or an OCO pair: the group and the order's role in it. */
public record Contingency(String groupId, Role role) {

    public enum Role {
        /** The bracket's opening order; its fills create the protective legs. */
        ENTRY,
        STOP_LOSS,
        TAKE_PROFIT,
        /** One leg of a one-cancels-the-other pair. */
        OCO_LEG
    }

    public Contingency {
        Objects.requireNonNull(groupId, "groupId");
        Objects.requireNonNull(role, "role");
    }
}
