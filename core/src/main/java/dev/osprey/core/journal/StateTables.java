package dev.osprey.core.journal;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The read-model tables. Order, fill, position and balance columns are taken from the record's JSON by field name,
 * at the top level or else in a nested value (an order's request), so a field the order gains or moves does not
 * break this class, and the whole record is in {@code payload} until a column exists for a new field. Values are
 * bound on the caller's thread; the writer thread only executes.
 */
final class StateTables implements BatchTable<StateTables.Bound> {

    /** A row ready to execute: which statement, and its parameters in column order. */
    record Bound(StateTable table, Object[] values) {
    }

    private final Map<StateTable, PreparedStatement> statements = new EnumMap<>(StateTable.class);
    private final Set<StateTable> pending = EnumSet.noneOf(StateTable.class);

    static Bound bind(StateRow row, JournalCodec codec) {
        if (row instanceof StateRow.OrderRow o) {
            JsonNode n = codec.toTree(o.order());
            return new Bound(StateTable.ORDERS, new Object[]{o.venue(), key(n, "clientOrderId"),
                    text(n, "venueOrderId"), text(n, "symbol"), text(n, "type"), text(n, "side"), money(n, "qty"),
                    money(n, "price"), money(n, "stopPrice"), text(n, "status"), money(n, "filledQty"),
                    money(n, "avgFillPrice"), money(n, "fees"), text(n, "reason"), number(n, "createdMs"),
                    number(n, "updatedMs"), codec.toBytes(o.order())});
        } else if (row instanceof StateRow.FillRow f) {
            JsonNode n = codec.toTree(f.fill());
            return new Bound(StateTable.FILLS, new Object[]{f.venue(), text(n, "clientOrderId"),
                    text(n, "venueOrderId"), text(n, "tradeId"), text(n, "symbol"), text(n, "side"), money(n, "price"),
                    money(n, "qty"), money(n, "fee"), text(n, "feeAsset"), text(n, "liquidity"), number(n, "timeMs"),
                    codec.toBytes(f.fill())});
        } else if (row instanceof StateRow.PositionRow p) {
            JsonNode n = codec.toTree(p.position());
            return new Bound(StateTable.POSITIONS, new Object[]{p.venue(), key(n, "symbol"), money(n, "qty"),
                    money(n, "avgPrice"), money(n, "realizedPnl"), money(n, "fees"), p.updatedMs()});
        } else if (row instanceof StateRow.BalanceRow b) {
            JsonNode n = codec.toTree(b.balance());
            return new Bound(StateTable.BALANCES, new Object[]{b.venue(), key(n, "asset"), money(n, "free"),
                    money(n, "locked"), b.updatedMs()});
        } else if (row instanceof StateRow.TradingStatus t) {
            return new Bound(StateTable.TRADING_STATE, new Object[]{1, t.mode(), t.breaker(), t.killSwitch(),
                    t.changedBy(), t.reason(), t.changedMs()});
        }
        StateRow.StrategyStatus s = (StateRow.StrategyStatus) row;
        return new Bound(StateTable.STRATEGY_STATE, new Object[]{s.strategyId(), s.status(), s.lastSignal(),
                s.lastSignalMs(), s.lastTrade(), s.lastTradeMs(), s.tradeCount(), s.winCount(), s.lossCount(),
                money(s.realizedPnl()), money(s.unrealizedPnl()), s.updatedMs()});
    }

    @Override
    public void open(Connection connection) throws SQLException {
        for (StateTable t : StateTable.values()) {
            statements.put(t, connection.prepareStatement(t.sql()));
        }
    }

    @Override
    public long add(Bound row) throws SQLException {
        PreparedStatement ps = statements.get(row.table());
        Object[] v = row.values();
        for (int i = 0; i < v.length; i++) {
            ps.setObject(i + 1, v[i]);
        }
        ps.addBatch();
        pending.add(row.table());
        return 0;
    }

    @Override
    public void flush() throws SQLException {
        for (StateTable t : pending) {
            statements.get(t).executeBatch();
        }
        pending.clear();
    }

    @Override
    public void committed() {
        // Read models carry no sequence of their own.
    }

    @Override
    public void discarded() {
        pending.clear();
        for (PreparedStatement ps : statements.values()) {
            try {
                ps.clearBatch();
            } catch (SQLException ignored) {
                // The writer has stopped after this failure; the statement is not used again.
            }
        }
    }

    private static String key(JsonNode n, String field) {
        String v = text(n, field);
        if (v == null) {
            throw new IllegalArgumentException("read-model row without " + field + ": " + n);
        }
        return v;
    }

    /** The field at the top level, else the first one of that name further down. */
    private static JsonNode find(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v != null ? v : n.findValue(field);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = find(n, field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static Long number(JsonNode n, String field) {
        JsonNode v = find(n, field);
        return v == null || v.isNull() ? null : v.asLong();
    }

    private static BigDecimal money(JsonNode n, String field) {
        JsonNode v = find(n, field);
        return v == null || v.isNull() ? null : money(v.decimalValue());
    }

    /** The columns hold 8 decimals; round half-even here so the database never decides for us. */
    private static BigDecimal money(BigDecimal v) {
        return v == null ? null : v.setScale(8, RoundingMode.HALF_EVEN);
    }
}
