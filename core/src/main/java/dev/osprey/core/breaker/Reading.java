package dev.osprey.core.breaker;

import java.math.BigDecimal;
import java.util.Set;

/**
 * One condition's value at one moment.
 *
 * @param scope   the venue for a venue-scoped breaker, else ""
 * @param detail  what a trader reads in the trip's reason
 * @param symbols the symbols behind the value (stale or correlated ones), for the action
 */
record Reading(String scope, BigDecimal value, String detail, Set<String> symbols) {
    Reading {
        symbols = Set.copyOf(symbols);
    }

    static Reading of(String scope, BigDecimal value, String detail) {
        return new Reading(scope, value, detail, Set.of());
    }
}
