package dev.osprey.app.script;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.osprey.core.engine.Command;
import dev.osprey.core.order.BracketSpec;
import dev.osprey.core.order.OrderRequest;
import dev.osprey.core.order.OrderType;
import dev.osprey.core.order.Side;
import dev.osprey.core.order.TimeInForce;
import dev.osprey.core.order.Trailing;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reads a JSONL paper script. Every line is checked before the replay starts: one bad line stops the run with a
 * message naming it, and nothing is traded. The session applies lines in time order (file order among equals).
 */
public final class PaperScript {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String symbol;
    private final BracketSpec defaults;

    /** {@code bracketDefaults}: percents used for {@code "bracket": true}; its ids are replaced per order. */
    public PaperScript(String symbol, BracketSpec bracketDefaults) {
        this.symbol = symbol;
        this.defaults = bracketDefaults;
    }

    public List<ScriptLine> read(Path file) throws IOException, ScriptException {
        List<ScriptLine> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).trim();
            if (!text.isEmpty() && !text.startsWith("#")) {
                out.add(parse(i + 1, text));
            }
        }
        return out;
    }

    ScriptLine parse(int lineNo, String text) throws ScriptException {
        JsonNode n;
        try {
            n = JSON.readTree(text);
        } catch (IOException e) {
            throw new ScriptException("line " + lineNo + ": not JSON: " + e.getMessage().lines().findFirst().orElse(""));
        }
        Long at = n.has("at") ? n.get("at").asLong() : null;
        Long e = n.has("E") ? n.get("E").asLong() : null;
        if ((at == null) == (e == null)) {
            throw new ScriptException("line " + lineNo + ": give exactly one of \"at\" (ms since the first event) "
                    + "or \"E\" (exchange time)");
        }
        String cmd = text(n, "cmd", lineNo);
        switch (cmd) {
            case "order":
                return new ScriptLine(lineNo, at, e, order(n, lineNo), ScriptLine.Action.COMMAND);
            case "cancel":
                return new ScriptLine(lineNo, at, e, new Command.CancelOrder(symbol, text(n, "id", lineNo)),
                        ScriptLine.Action.COMMAND);
            case "amend":
                return new ScriptLine(lineNo, at, e, new Command.Amend(text(n, "id", lineNo), decimal(n, "qty", lineNo),
                        decimal(n, "price", lineNo), n.has("newId") ? n.get("newId").asText()
                        : text(n, "id", lineNo) + "-a" + lineNo), ScriptLine.Action.COMMAND);
            case "cancelAll":
                return new ScriptLine(lineNo, at, e, new Command.CancelAll(n.has("symbol") ? n.get("symbol").asText()
                        : null), ScriptLine.Action.COMMAND);
            case "kill":
                return new ScriptLine(lineNo, at, e, null, ScriptLine.Action.KILL);
            case "rearm":
                return new ScriptLine(lineNo, at, e, null, ScriptLine.Action.REARM);
            default:
                throw new ScriptException("line " + lineNo + ": unknown cmd '" + cmd
                        + "' (order, cancel, amend, cancelAll, kill, rearm)");
        }
    }

    private Command order(JsonNode n, int lineNo) throws ScriptException {
        String id = text(n, "id", lineNo);
        Side side = enumOf(Side.class, text(n, "side", lineNo), "side", lineNo);
        OrderType type = enumOf(OrderType.class, text(n, "type", lineNo), "type", lineNo);
        TimeInForce tif = n.has("tif") ? enumOf(TimeInForce.class, n.get("tif").asText(), "tif", lineNo)
                : OrderRequest.defaultTif(type);
        BigDecimal qty = decimal(n, "qty", lineNo);
        if (qty == null) {
            throw new ScriptException("line " + lineNo + ": \"qty\" is required");
        }
        OrderRequest r = new OrderRequest(id, n.has("symbol") ? n.get("symbol").asText() : symbol, side, type, qty,
                decimal(n, "price", lineNo), decimal(n, "stopPrice", lineNo), tif,
                n.has("expireAt") ? n.get("expireAt").asLong() : 0L, n.path("postOnly").asBoolean(false),
                n.path("reduceOnly").asBoolean(false), trailing(n, lineNo));
        JsonNode b = n.get("bracket");
        if (b == null || (b.isBoolean() && !b.asBoolean())) {
            return new Command.PlaceOrder(r);
        }
        BigDecimal sl = b.isObject() && b.has("stopLossPercent") ? decimal(b, "stopLossPercent", lineNo)
                : defaults.stopLossPercent();
        BigDecimal tp = b.isObject() && b.has("takeProfitPercent") ? decimal(b, "takeProfitPercent", lineNo)
                : defaults.takeProfitPercent();
        BigDecimal arm = b.isObject() && b.has("trailArmPercent") ? decimal(b, "trailArmPercent", lineNo)
                : defaults.trailArmPercent();
        try {
            return new Command.PlaceBracket(r, new BracketSpec(sl, tp, arm, id + "-sl", id + "-tp"));
        } catch (IllegalArgumentException ex) {
            throw new ScriptException("line " + lineNo + ": bracket: " + ex.getMessage());
        }
    }

    private static Trailing trailing(JsonNode n, int lineNo) throws ScriptException {
        JsonNode t = n.get("trail");
        if (t == null) {
            return null;
        }
        try {
            return new Trailing(enumOf(Trailing.Kind.class, t.path("kind").asText("PERCENT"), "trail.kind", lineNo),
                    decimal(t, "amount", lineNo), decimal(t, "activation", lineNo));
        } catch (IllegalArgumentException e) {
            throw new ScriptException("line " + lineNo + ": trail: " + e.getMessage());
        }
    }

    private static String text(JsonNode n, String field, int lineNo) throws ScriptException {
        JsonNode v = n.get(field);
        if (v == null || v.asText().isBlank()) {
            throw new ScriptException("line " + lineNo + ": \"" + field + "\" is required");
        }
        return v.asText();
    }

    private static BigDecimal decimal(JsonNode n, String field, int lineNo) throws ScriptException {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        try {
            return new BigDecimal(v.asText());
        } catch (NumberFormatException e) {
            throw new ScriptException("line " + lineNo + ": \"" + field + "\" is not a number: " + v.asText());
        }
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String value, String field, int lineNo)
            throws ScriptException {
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ScriptException("line " + lineNo + ": \"" + field + "\" must be one of "
                    + Arrays.toString(type.getEnumConstants()) + ", was " + value);
        }
    }
}
