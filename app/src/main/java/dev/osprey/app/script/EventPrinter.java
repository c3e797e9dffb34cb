package dev.osprey.app.script;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.osprey.core.engine.EngineSnapshot;
import dev.osprey.core.engine.PositionView;
import dev.osprey.core.order.Fill;
import dev.osprey.core.order.Order;
import dev.osprey.core.venue.Balance;

import java.io.PrintStream;
import java.math.BigDecimal;

/** Writes a paper session as JSON lines: every order change, every fill, and a summary as the last line. */
final class EventPrinter {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final PrintStream out;

    EventPrinter(PrintStream out) {
        this.out = out;
    }

    void order(Order o) {
        ObjectNode n = JSON.createObjectNode();
        n.put("event", "order");
        n.put("id", o.clientOrderId());
        n.put("state", o.status().name());
        n.put("symbol", o.symbol());
        n.put("side", o.side().name());
        n.put("type", o.type().name());
        n.put("qty", plain(o.qty()));
        n.put("filled", plain(o.filledQty()));
        putIfSet(n, "price", o.price());
        putIfSet(n, "stopPrice", o.spec().stopPrice());
        putIfSet(n, "avgPrice", o.avgFillPrice());
        n.put("emulated", o.emulated());
        if (!o.reason().isEmpty()) {
            n.put("reason", o.reason());
        }
        n.put("time", o.updatedMs());
        out.println(n);
    }

    void fill(Fill f) {
        ObjectNode n = JSON.createObjectNode();
        n.put("event", "fill");
        n.put("id", f.clientOrderId());
        n.put("tradeId", f.tradeId());
        n.put("side", f.side().name());
        n.put("price", plain(f.price()));
        n.put("qty", plain(f.qty()));
        n.put("fee", plain(f.fee()));
        n.put("feeAsset", f.feeAsset());
        n.put("liquidity", f.liquidity().name());
        n.put("time", f.timeMs());
        out.println(n);
    }

    void summary(EngineSnapshot s) {
        ObjectNode n = JSON.createObjectNode();
        n.put("event", "summary");
        ArrayNode positions = n.putArray("positions");
        BigDecimal realized = BigDecimal.ZERO;
        BigDecimal unrealized = BigDecimal.ZERO;
        BigDecimal fees = BigDecimal.ZERO;
        for (PositionView p : s.positions()) {
            ObjectNode pn = positions.addObject();
            pn.put("symbol", p.symbol());
            pn.put("qty", plain(p.qty()));
            pn.put("avgPrice", plain(p.avgPrice()));
            putIfSet(pn, "mark", p.mark());
            pn.put("realizedPnl", plain(p.realizedPnl()));
            pn.put("unrealizedPnl", plain(p.unrealizedPnl()));
            pn.put("fees", plain(p.fees()));
            realized = realized.add(p.realizedPnl());
            unrealized = unrealized.add(p.unrealizedPnl());
            fees = fees.add(p.fees());
        }
        ArrayNode balances = n.putArray("balances");
        for (Balance b : s.balances()) {
            ObjectNode bn = balances.addObject();
            bn.put("asset", b.asset());
            bn.put("free", plain(b.free()));
            bn.put("locked", plain(b.locked()));
        }
        n.put("realizedPnl", plain(realized));
        n.put("unrealizedPnl", plain(unrealized));
        n.put("fees", plain(fees));
        out.println(n);
    }

    private static void putIfSet(ObjectNode n, String field, BigDecimal v) {
        if (v != null) {
            n.put(field, plain(v));
        }
    }

    /** Plain decimal text, trailing zeros kept off; money never goes through double. */
    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }
}
