package dev.osprey.paper;

import dev.osprey.core.venue.Balance;
import dev.osprey.core.venue.BalancesChanged;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Spot balances of the paper account: per asset, what is free to trade and what working orders have locked.
 * Every move is checked so no balance can go negative; a failed check is a matcher bug, not a trader's error,
 * because the matcher checks free funds before it locks anything.
 */
final class PaperAccount {
    /** One asset's balance, changed in place: every order moves two or three of these. */
    private static final class Holding {
        BigDecimal free = BigDecimal.ZERO;
        BigDecimal locked = BigDecimal.ZERO;
        /** Moved since the last report, so a BalancesChanged lists only those, as a live venue does. */
        boolean moved;
    }

    /** By asset name, in name order, so reports list assets the same way every time. */
    private final Map<String, Holding> holdings = new TreeMap<>();

    PaperAccount(Map<String, BigDecimal> opening) {
        opening.forEach((asset, amount) -> holding(asset).free = amount);
    }

    /**
     * After a restart: the balances as last reported, all free; the restored working orders then lock what they
     * hold again.
     */
    void restore(List<Balance> last) {
        holdings.clear();
        for (Balance b : last) {
            holding(b.asset()).free = b.free().add(b.locked());
        }
    }

    BigDecimal free(String asset) {
        Holding h = holdings.get(asset);
        return h == null ? BigDecimal.ZERO : h.free;
    }

    BigDecimal locked(String asset) {
        Holding h = holdings.get(asset);
        return h == null ? BigDecimal.ZERO : h.locked;
    }

    /** Sets funds aside for a working order. */
    void lock(String asset, BigDecimal amount) {
        change(asset, amount.negate(), amount);
    }

    /** Returns funds a working order no longer needs. */
    void unlock(String asset, BigDecimal amount) {
        change(asset, amount, amount.negate());
    }

    /** Pays out of funds an order had locked. */
    void spendLocked(String asset, BigDecimal amount) {
        change(asset, BigDecimal.ZERO, amount.negate());
    }

    void spendFree(String asset, BigDecimal amount) {
        change(asset, amount.negate(), BigDecimal.ZERO);
    }

    void credit(String asset, BigDecimal amount) {
        change(asset, amount, BigDecimal.ZERO);
    }

    List<Balance> balances() {
        List<Balance> out = new ArrayList<>(holdings.size());
        holdings.forEach((asset, h) -> out.add(new Balance(asset, h.free, h.locked)));
        return out;
    }

    /** The assets that moved since the last call, as one event; empty when nothing moved. */
    Optional<BalancesChanged> takeChanges(long timeMs) {
        List<Balance> changed = null;
        for (Map.Entry<String, Holding> e : holdings.entrySet()) {
            Holding h = e.getValue();
            if (h.moved) {
                if (changed == null) {
                    changed = new ArrayList<>(2);
                }
                changed.add(new Balance(e.getKey(), h.free, h.locked));
                h.moved = false;
            }
        }
        return changed == null ? Optional.empty() : Optional.of(new BalancesChanged(changed, timeMs));
    }

    private Holding holding(String asset) {
        return holdings.computeIfAbsent(asset, a -> new Holding());
    }

    private void change(String asset, BigDecimal freeDelta, BigDecimal lockedDelta) {
        if (freeDelta.signum() == 0 && lockedDelta.signum() == 0) {
            return;
        }
        Holding h = holding(asset);
        BigDecimal free = h.free.add(freeDelta);
        BigDecimal locked = h.locked.add(lockedDelta);
        if (free.signum() < 0 || locked.signum() < 0) {
            throw new IllegalStateException(asset + " would go negative: free " + h.free.toPlainString() + " + "
                    + freeDelta.toPlainString() + ", locked " + h.locked.toPlainString() + " + "
                    + lockedDelta.toPlainString());
        }
        h.free = free;
        h.locked = locked;
        h.moved = true;
    }
}
