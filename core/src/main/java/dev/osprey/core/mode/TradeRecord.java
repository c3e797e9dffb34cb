package dev.osprey.core.mode;

import java.util.List;

/**
 * What a stretch of trading left behind, the input of a {@link ValidationReport}: closed round trips, the equity
 * curve (oldest first) and how many errors (refused or failed orders) nobody has resolved yet.
 */
public record TradeRecord(List<ClosedTrade> trades, List<EquityPoint> equity, int unresolvedErrors) {
    public TradeRecord {
        trades = List.copyOf(trades);
        equity = List.copyOf(equity);
        if (unresolvedErrors < 0) {
            throw new IllegalArgumentException("unresolvedErrors must be >= 0");
        }
    }

    /**
     * The rolling window from {@code fromMs} on: trades entered since then and the equity curve since then. Errors
     * stay as they are: an unresolved error is unresolved whenever it happened.
     */
    public TradeRecord since(long fromMs) {
        return new TradeRecord(trades.stream().filter(t -> t.entryTimeMs() >= fromMs).toList(),
                equity.stream().filter(p -> p.timeMs() >= fromMs).toList(), unresolvedErrors);
    }

    /** Start of the record: its first equity point, or 0 when it has none. */
    public long fromMs() {
        return equity.isEmpty() ? 0L : equity.get(0).timeMs();
    }

    public long toMs() {
        return equity.isEmpty() ? 0L : equity.get(equity.size() - 1).timeMs();
    }
}
