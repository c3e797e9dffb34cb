package dev.osprey.core.strategy;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One line of the strategy list. {@code lastSignal} is null until the strategy first asks for an order;
 * {@code trades} counts closed round trips; {@code netPnl} is equity less capital (realised, unrealised at the last
 * candle's close, and fees); {@code lastError} is empty while nothing failed.
 */
public record StrategyStatus(String name, String description, State state, Signal lastSignal, int ordersSent,
                             int trades, int unresolvedErrors, Map<String, BigDecimal> positions, BigDecimal cash,
                             BigDecimal equity, BigDecimal fees, BigDecimal netPnl, String lastError) {

    public enum State { RUNNING, STOPPED }

    public StrategyStatus {
        positions = Map.copyOf(positions);
    }
}
