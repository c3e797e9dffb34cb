package dev.osprey.core.breaker;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the engine must apply now: the combined effect of every open breaker and every probe. It is a level, not a
 * command: the engine makes its state match it on every evaluation (idempotently), so an order refused by a venue
 * is retried next time. docs/breaker.md gives the engine's duty for each field.
 *
 * @param stop              engage the emergency stop (gate HALTED, cancel all working orders)
 * @param cancelWorking     which working orders to cancel
 * @param closeAll          flatten every position
 * @param closeSymbols      flatten these positions (cancel their working orders first)
 * @param haltedVenues      send no new order to these venues
 * @param probeSizeFactor   entries are scaled by this while a breaker probes (1 = no probe)
 * @param probeEntriesLeft  entries the probes still allow ({@link #NO_LIMIT} when not counting)
 * @param volatilityFactors per symbol, min(1, target / realised); a symbol not listed is 1
 * @param reasons           one line per open or probing breaker, for the notice and the refusal detail
 */
public record Restriction(boolean stop, NewOrders newOrders, CancelWorking cancelWorking, boolean closeAll,
                          Set<String> closeSymbols, Set<String> haltedVenues, BigDecimal probeSizeFactor,
                          int probeEntriesLeft, Map<String, BigDecimal> volatilityFactors, List<String> reasons) {
    public static final int NO_LIMIT = Integer.MAX_VALUE;

    /** Which new orders may pass. Ordered from least to most strict. */
    public enum NewOrders { ALLOWED, REDUCE_ONLY, NONE }

    /** Which working orders go. Entries open or add to a position; the rest (protective stops, exits) stay. */
    public enum CancelWorking { NONE, ENTRIES, ALL }

    public Restriction {
        closeSymbols = Set.copyOf(closeSymbols);
        haltedVenues = Set.copyOf(haltedVenues);
        volatilityFactors = Map.copyOf(volatilityFactors);
        reasons = List.copyOf(reasons);
    }

    /** Nothing open, nothing probing, no scaling. */
    public static Restriction none() {
        return new Restriction(false, NewOrders.ALLOWED, CancelWorking.NONE, false, Set.of(), Set.of(),
                BigDecimal.ONE, NO_LIMIT, Map.of(), List.of());
    }

    /** No breaker restricts anything (volatility scaling aside). */
    public boolean unrestricted() {
        return !stop && newOrders == NewOrders.ALLOWED && cancelWorking == CancelWorking.NONE && !closeAll
                && closeSymbols.isEmpty() && haltedVenues.isEmpty() && probeSizeFactor.compareTo(BigDecimal.ONE) == 0
                && probeEntriesLeft == NO_LIMIT;
    }

    /** The most an entry in {@code symbol} may be, as a fraction of its normal size: probe x volatility. */
    public BigDecimal sizeFactor(String symbol) {
        return probeSizeFactor.multiply(volatilityFactors.getOrDefault(symbol, BigDecimal.ONE));
    }

    /**
     * Whether a new order may go, checked on the engine thread before pre-trade risk. Cancels are never checked.
     * Orders the engine sends itself to fulfil {@link #closeAll} or {@link #closeSymbols} skip this check.
     *
     * @param increasesPosition the order opens or adds to a position (not reduce-only, and on the position's side)
     */
    public Optional<BreakerRefusal> check(String venue, String symbol, boolean increasesPosition) {
        String why = String.join("; ", reasons);
        if (stop) {
            return refuse(BreakerRefusal.Reason.STOPPED, why);
        }
        if (haltedVenues.contains(venue)) {
            return refuse(BreakerRefusal.Reason.VENUE_HALTED, venue);
        }
        if (newOrders == NewOrders.NONE) {
            return refuse(BreakerRefusal.Reason.PAUSED, why);
        }
        if (!increasesPosition) {
            return Optional.empty();
        }
        if (newOrders == NewOrders.REDUCE_ONLY) {
            return refuse(BreakerRefusal.Reason.EXITS_ONLY, why);
        }
        if (closeSymbols.contains(symbol)) {
            return refuse(BreakerRefusal.Reason.SYMBOL_CLOSING, symbol);
        }
        if (probeEntriesLeft <= 0) {
            return refuse(BreakerRefusal.Reason.PROBE_SPENT, why);
        }
        return Optional.empty();
    }

    private static Optional<BreakerRefusal> refuse(BreakerRefusal.Reason reason, String detail) {
        return Optional.of(new BreakerRefusal(reason, detail));
    }
}
