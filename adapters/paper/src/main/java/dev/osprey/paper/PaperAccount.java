package dev.osprey.paper;

import dev.osprey.core.venue.Balance;
import dev.osprey.core.venue.BalancesChanged;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Spot balances of the paper account: per asset, what is free to trade and what working orders have locked.
 * Every move is checked so no balance can go negative; a failed check is a matcher bug, not a trader's error,
 * because the matcher checks free funds before it locks anything.
 */
final class PaperAccount {
    private final Map<String, BigDecimal> free = new TreeMap<>();
    private final Map<String, BigDecimal> locked = new TreeMap<>();
    /** Assets moved since the last report, so a BalancesChanged lists only those, as a live venue does. */
    private final Set<String> moved = new TreeSet<>();

    PaperAccount(Map<String, BigDecimal> opening) {
        opening.forEach((asset, amount) -> {
            free.put(asset, amount);
            locked.put(asset, BigDecimal.ZERO);
        });
    }

    BigDecimal free(String asset) {
        return free.getOrDefault(asset, BigDecimal.ZERO);
    }

    BigDecimal locked(String asset) {
        return locked.getOrDefault(asset, BigDecimal.ZERO);
    }

    /** Sets funds aside for a working order. */
    void lock(String asset, BigDecimal amount) {
        change(free, asset, amount.negate());
        change(locked, asset, amount);
    }

    /** Returns funds a working order no longer needs. */
    void unlock(String asset, BigDecimal amount) {
        change(locked, asset, amount.negate());
        change(free, asset, amount);
    }

    /** Pays out of funds an order had locked. */
    void spendLocked(String asset, BigDecimal amount) {
        change(locked, asset, amount.negate());
    }

    void spendFree(String asset, BigDecimal amount) {
        change(free, asset, amount.negate());
    }

    void credit(String asset, BigDecimal amount) {
        change(free, asset, amount);
    }

    List<Balance> balances() {
        List<Balance> out = new ArrayList<>();
        for (String asset : free.keySet()) {
            out.add(balanceOf(asset));
        }
        return out;
    }

    /** The assets that moved since the last call, as one event; empty when nothing moved. */
    Optional<BalancesChanged> takeChanges(long timeMs) {
        if (moved.isEmpty()) {
            return Optional.empty();
        }
        List<Balance> changed = new ArrayList<>(moved.size());
        for (String asset : moved) {
            changed.add(balanceOf(asset));
        }
        moved.clear();
        return Optional.of(new BalancesChanged(changed, timeMs));
    }

    private Balance balanceOf(String asset) {
        return new Balance(asset, free(asset), locked(asset));
    }

    private void change(Map<String, BigDecimal> side, String asset, BigDecimal delta) {
        if (delta.signum() == 0) {
            return;
        }
        BigDecimal next = side.getOrDefault(asset, BigDecimal.ZERO).add(delta);
        if (next.signum() < 0) {
            throw new IllegalStateException((side == free ? "free " : "locked ") + asset + " would go negative: "
                    + side.getOrDefault(asset, BigDecimal.ZERO).toPlainString() + " + " + delta.toPlainString());
        }
        side.put(asset, next);
        (side == free ? locked : free).putIfAbsent(asset, BigDecimal.ZERO);
        moved.add(asset);
    }
}
