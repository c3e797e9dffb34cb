package dev.osprey.binance;

import com.fasterxml.jackson.databind.JsonNode;
import dev.osprey.core.venue.Balance;
import dev.osprey.core.venue.BalancesChanged;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The balances last passed on, so a REST poll and the stream's outboundAccountPosition only report changes.
 * Venue thread only.
 */
final class AccountBalances {
    private final Map<String, Balance> last = new HashMap<>();

    /** outboundAccountPosition: {@code B: [{a, f, l}]}. */
    static List<Balance> fromAccountPosition(JsonNode event) {
        List<Balance> out = new ArrayList<>();
        for (JsonNode b : event.path("B")) {
            out.add(new Balance(OrderReports.required(b, "a"), OrderReports.decimal(b, "f"),
                    OrderReports.decimal(b, "l")));
        }
        return out;
    }

    /** The event for whichever of these differ from what was passed on last, if any. */
    Optional<BalancesChanged> changes(List<Balance> balances, long timeMs) {
        List<Balance> changed = new ArrayList<>();
        for (Balance b : balances) {
            Balance before = last.get(b.asset());
            if (before == null || !same(before, b)) {
                changed.add(b);
                last.put(b.asset(), b);
            }
        }
        return changed.isEmpty() ? Optional.empty() : Optional.of(new BalancesChanged(changed, timeMs));
    }

    void remember(List<Balance> balances) {
        balances.forEach(b -> last.put(b.asset(), b));
    }

    private static boolean same(Balance a, Balance b) {
        return a.free().compareTo(b.free()) == 0 && a.locked().compareTo(b.locked()) == 0;
    }
}
