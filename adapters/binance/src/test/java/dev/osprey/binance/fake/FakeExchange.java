package dev.osprey.binance.fake;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * The fake's matching and account: limit orders rest until a test fills them; market orders fill at once at
 * {@link #marketPrice} up to {@link #marketLiquidity} and the rest expires, as Binance reports. Every change is pushed
 * to the user-stream subscribers as executionReport and outboundAccountPosition events. Thread-safe.
 */
public final class FakeExchange {
    private static final BigDecimal FEE_RATE = new BigDecimal("0.001");

    private final Map<String, FakeOrder> orders = new LinkedHashMap<>();
    private final List<ObjectNode> trades = new ArrayList<>();
    private final Map<String, BigDecimal[]> balances = new LinkedHashMap<>();
    private final List<Consumer<ObjectNode>> eventSinks = new CopyOnWriteArrayList<>();
    private final LongSupplier clock;
    private long nextOrderId = 1_000;
    private long nextTradeId = 5_000;
    public volatile BigDecimal marketPrice = new BigDecimal("61000.00");
    public volatile BigDecimal marketLiquidity = new BigDecimal("1000");

    FakeExchange(LongSupplier clock) {
        this.clock = clock;
        balances.put("BTC", new BigDecimal[]{new BigDecimal("1.00000000"), BigDecimal.ZERO});
        balances.put("USDT", new BigDecimal[]{new BigDecimal("10000.00000000"), BigDecimal.ZERO});
    }

    void onEvent(Consumer<ObjectNode> sink) {
        eventSinks.add(sink);
    }

    public synchronized void setBalance(String asset, String free) {
        balances.put(asset, new BigDecimal[]{new BigDecimal(free), BigDecimal.ZERO});
    }

    synchronized ObjectNode place(Map<String, String> p) {
        String cid = p.get("newClientOrderId");
        if (cid != null && orders.containsKey(cid) && orders.get(cid).open()) {
            throw new FakeError(400, -2010, "Duplicate order sent.");
        }
        String type = p.get("type");
        BigDecimal qty = new BigDecimal(p.get("quantity"));
        BigDecimal price = p.containsKey("price") ? new BigDecimal(p.get("price")) : null;
        String side = p.get("side");
        BigDecimal cost = side.equals("BUY") ? qty.multiply(price != null ? price : marketPrice) : qty;
        String spend = side.equals("BUY") ? "USDT" : "BTC";
        if (balances.get(spend)[0].compareTo(cost) < 0) {
            throw new FakeError(400, -2010, "Account has insufficient balance for requested action.");
        }
        long now = clock.getAsLong();
        FakeOrder o = new FakeOrder(p.get("symbol"), cid, nextOrderId++, side, type,
                type.equals("MARKET") ? "GTC" : p.getOrDefault("timeInForce", "GTC"), qty, price, now);
        orders.put(cid, o);
        ObjectNode answer = Payloads.load("order-full.json");
        ArrayNode fills = answer.putArray("fills");
        if (type.equals("MARKET")) {
            BigDecimal take = qty.min(marketLiquidity);
            if (take.signum() > 0) {
                ObjectNode trade = execute(o, take, marketPrice, false);
                fills.add(fillOf(trade));
            }
            if (o.open()) {
                o.status = "EXPIRED"; // the book ran out: Binance expires a market order's rest
                push(report(o, "EXPIRED", null));
            }
        } else {
            lock(o);
            push(report(o, "NEW", null));
        }
        pushBalances();
        ObjectNode q = o.toQuery();
        answer.setAll(q);
        answer.put("transactTime", now);
        answer.remove("time");
        answer.remove("updateTime");
        answer.remove("isWorking");
        return answer;
    }

    /** A test's hand on the market: fills part or all of a resting order. */
    public synchronized long fill(String clientOrderId, String qty, String price, boolean maker) {
        FakeOrder o = require(clientOrderId);
        ObjectNode trade = execute(o, new BigDecimal(qty), new BigDecimal(price), maker);
        pushBalances();
        return trade.path("id").asLong();
    }

    /** Binance ending an order by its own rules (maintenance, STP, IOC rest). */
    public synchronized void expire(String clientOrderId) {
        FakeOrder o = require(clientOrderId);
        o.status = "EXPIRED";
        unlock(o);
        push(report(o, "EXPIRED", null));
        pushBalances();
    }

    synchronized ObjectNode cancel(String symbol, String clientOrderId) {
        FakeOrder o = orders.get(clientOrderId);
        if (o == null || !o.open() || !o.symbol.equals(symbol)) {
            throw FakeError.unknownOrderSent();
        }
        o.status = "CANCELED";
        o.updateTime = clock.getAsLong();
        unlock(o);
        push(report(o, "CANCELED", "cancel" + o.orderId));
        pushBalances();
        return o.toCancel(o.updateTime);
    }

    synchronized ArrayNode cancelAll(String symbol) {
        ArrayNode out = Payloads.JSON.createArrayNode();
        for (FakeOrder o : new ArrayList<>(orders.values())) {
            if (o.open() && o.symbol.equals(symbol)) {
                out.add(cancel(symbol, o.clientOrderId));
            }
        }
        if (out.isEmpty()) {
            throw FakeError.unknownOrderSent();
        }
        return out;
    }

    /** The client order id of Binance's order {@code orderId}, or null when there is none (order 0 never exists). */
    synchronized String clientIdOf(long orderId) {
        return orders.values().stream().filter(o -> o.orderId == orderId).map(o -> o.clientOrderId).findFirst()
                .orElse(null);
    }

    synchronized ObjectNode query(String symbol, String clientOrderId) {
        FakeOrder o = orders.get(clientOrderId);
        if (o == null || !o.symbol.equals(symbol)) {
            throw FakeError.orderDoesNotExist();
        }
        return o.toQuery();
    }

    synchronized ArrayNode openOrders(String symbol) {
        ArrayNode out = Payloads.JSON.createArrayNode();
        orders.values().stream().filter(FakeOrder::open).filter(o -> symbol == null || o.symbol.equals(symbol))
                .forEach(o -> out.add(o.toQuery()));
        return out;
    }

    synchronized ArrayNode myTrades(String symbol, long orderId) {
        ArrayNode out = Payloads.JSON.createArrayNode();
        trades.stream().filter(t -> t.path("symbol").asText().equals(symbol))
                .filter(t -> orderId < 0 || t.path("orderId").asLong() == orderId).forEach(out::add);
        return out;
    }

    synchronized ObjectNode account() {
        ObjectNode a = Payloads.load("account.json");
        ArrayNode list = a.putArray("balances");
        balances.forEach((asset, b) -> list.addObject().put("asset", asset).put("free", b[0].toPlainString())
                .put("locked", b[1].toPlainString()));
        a.put("updateTime", clock.getAsLong());
        return a;
    }

    public synchronized boolean hasOrder(String clientOrderId) {
        return orders.containsKey(clientOrderId);
    }

    public synchronized int orderCount() {
        return orders.size();
    }

    private ObjectNode execute(FakeOrder o, BigDecimal qty, BigDecimal price, boolean maker) {
        long now = clock.getAsLong();
        boolean buy = o.side.equals("BUY");
        BigDecimal quote = qty.multiply(price);
        BigDecimal fee = (buy ? qty : quote).multiply(FEE_RATE).setScale(8, RoundingMode.HALF_UP);
        settle(o, qty, price, fee);
        o.executed = o.executed.add(qty);
        o.cumQuote = o.cumQuote.add(quote);
        o.status = o.executed.compareTo(o.qty) >= 0 ? "FILLED" : "PARTIALLY_FILLED";
        o.updateTime = now;
        ObjectNode t = Payloads.load("my-trade.json");
        t.put("symbol", o.symbol).put("id", nextTradeId++).put("orderId", o.orderId).put("price", price.toPlainString())
                .put("qty", qty.toPlainString()).put("quoteQty", quote.toPlainString())
                .put("commission", fee.toPlainString()).put("commissionAsset", buy ? "BTC" : "USDT")
                .put("time", now).put("isBuyer", buy).put("isMaker", maker);
        trades.add(t);
        ObjectNode r = report(o, "TRADE", null);
        r.put("t", t.path("id").asLong()).put("l", qty.toPlainString()).put("L", price.toPlainString())
                .put("n", fee.toPlainString()).put("N", buy ? "BTC" : "USDT").put("m", maker)
                .put("Y", quote.toPlainString());
        push(r);
        return t;
    }

    private void settle(FakeOrder o, BigDecimal qty, BigDecimal price, BigDecimal fee) {
        boolean buy = o.side.equals("BUY");
        BigDecimal[] usdt = balances.get("USDT");
        BigDecimal[] btc = balances.get("BTC");
        if (buy) {
            BigDecimal reserved = o.price != null && !o.type.equals("MARKET") ? qty.multiply(o.price) : BigDecimal.ZERO;
            usdt[1] = usdt[1].subtract(reserved);
            usdt[0] = usdt[0].add(reserved).subtract(qty.multiply(price));
            btc[0] = btc[0].add(qty).subtract(fee);
        } else {
            BigDecimal reserved = o.type.equals("MARKET") ? BigDecimal.ZERO : qty;
            btc[1] = btc[1].subtract(reserved);
            btc[0] = btc[0].add(reserved).subtract(qty);
            usdt[0] = usdt[0].add(qty.multiply(price)).subtract(fee);
        }
    }

    private void lock(FakeOrder o) {
        move(o, o.qty, true);
    }

    private void unlock(FakeOrder o) {
        move(o, o.remaining(), false);
    }

    private void move(FakeOrder o, BigDecimal qty, boolean lock) {
        boolean buy = o.side.equals("BUY");
        BigDecimal[] b = balances.get(buy ? "USDT" : "BTC");
        BigDecimal amount = buy ? qty.multiply(o.price) : qty;
        b[0] = lock ? b[0].subtract(amount) : b[0].add(amount);
        b[1] = lock ? b[1].add(amount) : b[1].subtract(amount);
    }

    private ObjectNode report(FakeOrder o, String execType, String cancelId) {
        ObjectNode e = Payloads.load("execution-report.json");
        long now = clock.getAsLong();
        e.put("E", now).put("s", o.symbol).put("c", cancelId != null ? cancelId : o.clientOrderId)
                .put("C", cancelId != null ? o.clientOrderId : "").put("S", o.side).put("o", o.type)
                .put("f", o.timeInForce).put("q", o.qty.toPlainString())
                .put("p", o.price == null ? "0.00000000" : o.price.toPlainString()).put("x", execType)
                .put("X", o.status).put("i", o.orderId).put("z", o.executed.toPlainString())
                .put("Z", o.cumQuote.toPlainString()).put("T", now).put("O", o.time).put("l", "0.00000000")
                .put("L", "0.00000000").put("n", "0").put("t", -1).put("w", o.open());
        e.putNull("N");
        return e;
    }

    private void pushBalances() {
        ObjectNode e = Payloads.load("account-position.json");
        long now = clock.getAsLong();
        e.put("E", now).put("u", now);
        ArrayNode list = e.putArray("B");
        balances.forEach((asset, b) -> list.addObject().put("a", asset).put("f", b[0].toPlainString())
                .put("l", b[1].toPlainString()));
        push(e);
    }

    private void push(ObjectNode event) {
        eventSinks.forEach(s -> s.accept(event));
    }

    private static ObjectNode fillOf(ObjectNode trade) {
        ObjectNode f = Payloads.load("order-fill.json");
        f.put("price", trade.path("price").asText()).put("qty", trade.path("qty").asText())
                .put("commission", trade.path("commission").asText())
                .put("commissionAsset", trade.path("commissionAsset").asText())
                .put("tradeId", trade.path("id").asLong());
        return f;
    }

    private FakeOrder require(String clientOrderId) {
        FakeOrder o = orders.get(clientOrderId);
        if (o == null) {
            throw new IllegalArgumentException("the fake has no order " + clientOrderId);
        }
        return o;
    }
}
