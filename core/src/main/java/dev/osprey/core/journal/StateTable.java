package dev.osprey.core.journal;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** The read-model tables and the statement that writes one row of each, in {@link StateTables#bind}'s column order. */
enum StateTable {
    ORDERS("orders", List.of("venue", "client_order_id"), List.of("venue", "client_order_id", "venue_order_id",
            "symbol", "type", "side", "qty", "price", "stop_price", "status", "filled_qty", "avg_fill_price", "fees",
            "reason", "created_ms", "updated_ms", "payload")),
    /** Fills are only ever added: no key, a plain INSERT. */
    FILLS("fills", List.of(), List.of("venue", "client_order_id", "venue_order_id", "trade_id", "symbol", "side",
            "price", "qty", "fee", "fee_asset", "liquidity", "time_ms", "payload")),
    POSITIONS("positions", List.of("venue", "symbol"), List.of("venue", "symbol", "qty", "avg_price", "realized_pnl",
            "fees", "updated_ms")),
    BALANCES("balances", List.of("venue", "asset"), List.of("venue", "asset", "free", "locked", "updated_ms")),
    TRADING_STATE("trading_state", List.of("id"), List.of("id", "mode", "breaker", "kill_switch", "changed_by",
            "reason", "changed_ms")),
    STRATEGY_STATE("strategy_state", List.of("strategy_id"), List.of("strategy_id", "status", "last_signal",
            "last_signal_ms", "last_trade", "last_trade_ms", "trade_count", "win_count", "loss_count", "realized_pnl",
            "unrealized_pnl", "updated_ms"));

    private final String sql;

    StateTable(String table, List<String> key, List<String> columns) {
        String cols = String.join(", ", columns);
        String params = Arrays.stream(new String[columns.size()]).map(x -> "?").collect(Collectors.joining(", "));
        this.sql = key.isEmpty()
                ? "INSERT INTO " + table + " (" + cols + ") VALUES (" + params + ")"
                : "MERGE INTO " + table + " (" + cols + ") KEY (" + String.join(", ", key) + ") VALUES (" + params + ")";
    }

    String sql() {
        return sql;
    }
}
