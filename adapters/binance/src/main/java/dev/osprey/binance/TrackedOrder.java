package dev.osprey.binance;

import dev.osprey.core.order.OrderStatus;
import dev.osprey.core.order.Side;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;

/**
 * What we have told the engine about one order, so every source (order answer, user data stream, REST poll,
 * reconciliation) can report the same thing without it being passed on twice. Venue thread only.
 */
final class TrackedOrder {
    final String clientOrderId;
    final String symbol;
    final Side side;
    final BigDecimal qty;
    String venueOrderId;
    boolean accepted;
    boolean finished;
    /** The highest cumulative executed quantity any source reported. */
    BigDecimal reportedExecuted = BigDecimal.ZERO;
    /** The quantity of the fills passed on. */
    BigDecimal filled = BigDecimal.ZERO;
    final Set<String> tradeIds = new HashSet<>();
    /** CANCELED or EXPIRED reported, held back until every fill before it has been passed on. */
    OrderStatus pendingEnd;
    String pendingReason;
    long pendingTimeMs;
    /** The place call failed in a way that leaves its outcome open (5xx, timeout). */
    boolean outcomeUnknown;
    /** Reported not placed after the queries found nothing: if Binance shows it after all, it must go. */
    boolean declaredNotPlaced;
    int reconcileAttempts;

    TrackedOrder(String clientOrderId, String symbol, Side side, BigDecimal qty) {
        this.clientOrderId = clientOrderId;
        this.symbol = symbol;
        this.side = side;
        this.qty = qty;
    }

    /** Fills are missing: some source saw more executed than we have trades for. */
    boolean missingFills() {
        return filled.compareTo(reportedExecuted) < 0;
    }

    boolean working() {
        return !finished;
    }

    @Override
    public String toString() {
        return clientOrderId + " " + symbol + " filled " + filled + "/" + qty + (finished ? " finished" : "")
                + (outcomeUnknown ? " outcome unknown" : "");
    }
}
