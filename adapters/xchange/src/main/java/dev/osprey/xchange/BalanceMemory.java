package dev.osprey.xchange;

import dev.osprey.core.venue.Balance;
import dev.osprey.core.venue.BalancesChanged;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The balances last passed on, so a poll reports only the assets whose amounts moved. Venue thread only. */
final class BalanceMemory {
    private final Map<String, Balance> known = new HashMap<>();

    void remember(List<Balance> balances) {
        balances.forEach(b -> known.put(b.asset(), b));
    }

    Optional<BalancesChanged> changes(List<Balance> now, long timeMs) {
        List<Balance> moved = new ArrayList<>();
        for (Balance b : now) {
            Balance before = known.get(b.asset());
            if (before == null || before.free().compareTo(b.free()) != 0
                    || before.locked().compareTo(b.locked()) != 0) {
                moved.add(b);
            }
        }
        remember(now);
        return moved.isEmpty() ? Optional.empty() : Optional.of(new BalancesChanged(moved, timeMs));
    }
}
