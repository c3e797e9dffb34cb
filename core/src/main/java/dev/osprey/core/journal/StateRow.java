package dev.osprey.core.journal;

import dev.osprey.core.order.Fill;
import dev.osprey.core.order.Order;
import dev.osprey.core.portfolio.Position;
import dev.osprey.core.venue.Balance;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A row of the read models the engine keeps in the database next to its journal: what the orders, fills,
 * positions, balances, strategies and the desk look like now. Written by {@link JournalWriter#save} in the same
 * transaction as the journal entries around it; replay never needs them, queries and reports do.
 */
public sealed interface StateRow {

    /** Inserts or replaces the order (key: venue and client order id). */
    record OrderRow(String venue, Order order) implements StateRow {
        public OrderRow {
            Objects.requireNonNull(venue, "venue");
            Objects.requireNonNull(order, "order");
        }
    }

    /** Adds one execution. */
    record FillRow(String venue, Fill fill) implements StateRow {
        public FillRow {
            Objects.requireNonNull(venue, "venue");
            Objects.requireNonNull(fill, "fill");
        }
    }

    record PositionRow(String venue, Position position, long updatedMs) implements StateRow {
        public PositionRow {
            Objects.requireNonNull(venue, "venue");
            Objects.requireNonNull(position, "position");
        }
    }

    record BalanceRow(String venue, Balance balance, long updatedMs) implements StateRow {
        public BalanceRow {
            Objects.requireNonNull(venue, "venue");
            Objects.requireNonNull(balance, "balance");
        }
    }

    /** The desk: paper or live mode, the circuit breaker, the kill switch, and who changed it last and why. */
    record TradingStatus(String mode, String breaker, String killSwitch, String changedBy, String reason,
                         long changedMs) implements StateRow {
        public TradingStatus {
            Objects.requireNonNull(mode, "mode");
            Objects.requireNonNull(breaker, "breaker");
            Objects.requireNonNull(killSwitch, "killSwitch");
            Objects.requireNonNull(changedBy, "changedBy");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** Where a strategy is and what it has done; P&amp;L in the quote asset. */
    record StrategyStatus(String strategyId, String status, String lastSignal, long lastSignalMs, String lastTrade,
                          long lastTradeMs, long tradeCount, long winCount, long lossCount, BigDecimal realizedPnl,
                          BigDecimal unrealizedPnl, long updatedMs) implements StateRow {
        public StrategyStatus {
            Objects.requireNonNull(strategyId, "strategyId");
            Objects.requireNonNull(status, "status");
        }
    }
}
