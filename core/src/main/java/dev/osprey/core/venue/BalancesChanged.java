package dev.osprey.core.venue;

import java.util.List;

/** New free/locked amounts for the assets listed; assets not listed did not change. */
public record BalancesChanged(List<Balance> balances, long timeMs) implements AccountEvent {
    public BalancesChanged {
        balances = List.copyOf(balances);
    }
}
