package dev.osprey.core.engine;

import dev.osprey.core.gate.OrderGate;
import dev.osprey.core.order.BracketSpec;
import dev.osprey.core.order.Fill;
import dev.osprey.core.order.Order;
import dev.osprey.core.portfolio.Position;
import dev.osprey.core.venue.Balance;

import java.util.List;
import java.util.Map;

/**
 * The part of the engine's state that a restart restores, as a journal snapshot holds it: every order of the
 * session, positions, balances, the recent fills the screen shows, and the brackets whose legs are still to come.
 * Books, trailing-stop water marks and order-rate counters are not in it: they are rebuilt from the market after a
 * restart. {@code gate} is the emergency stop's last change (null: never halted), so a halted desk restarts halted.
 */
public record RestorableState(List<Order> orders, List<Position> positions, List<Balance> balances,
                              List<Fill> recentFills, Map<String, BracketSpec> pendingBrackets,
                              OrderGate.Change gate) {
    public RestorableState {
        orders = List.copyOf(orders);
        positions = List.copyOf(positions);
        balances = List.copyOf(balances);
        recentFills = List.copyOf(recentFills);
        pendingBrackets = Map.copyOf(pendingBrackets);
    }

    public static RestorableState empty() {
        return new RestorableState(List.of(), List.of(), List.of(), List.of(), Map.of(), null);
    }
}
