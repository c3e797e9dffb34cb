package dev.osprey.app.backtest;

import dev.osprey.core.mode.TradeRecord;
import dev.osprey.core.mode.ValidationReport;

import java.math.BigDecimal;

/**
 * What one way of running the strategy produced: its record, the report on it, fees paid, equity at the end, orders
 * sent, and how long it took. {@code venueEquity} is the paper account's own equity at the last close (null for the
 * backtest, which has no venue): it must equal the strategy's books.
 */
public record RehearsalRun(String path, TradeRecord record, ValidationReport report, BigDecimal fees,
                           BigDecimal finalEquity, int orders, BigDecimal venueEquity, long elapsedMs) {
}
