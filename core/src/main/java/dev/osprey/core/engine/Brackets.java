package dev.osprey.core.engine;

import dev.osprey.core.instrument.Instrument;
import dev.osprey.core.oms.Orders;
import dev.osprey.core.order.BracketSpec;
import dev.osprey.core.order.Contingency;
import dev.osprey.core.order.Contingency.Role;
import dev.osprey.core.order.Order;
import dev.osprey.core.order.OrderRequest;
import dev.osprey.core.order.OrderStatus;
import dev.osprey.core.order.OrderType;
import dev.osprey.core.order.Side;
import dev.osprey.core.order.TimeInForce;
import dev.osprey.core.order.Trailing;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Brackets and OCO pairs, driven by order changes. When a bracket's entry is done (filled, or ended with a part
 * filled) the protective legs go out for the filled quantity: a reduce-only stop-loss (trailing once the profit
 * reaches the arm level) and a reduce-only take-profit limit, one cancelling the other. In any group, a fill on one
 * leg, or a leg ending unfilled, cancels the other working legs.
 */
final class Brackets implements Orders.Listener, OrderFlow.GroupHook {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Map<String, Instrument> instruments;
    private final Orders orders;
    private final OrderFlow flow;
    private final Map<String, BracketSpec> specs = new HashMap<>();
    private final Map<String, List<String>> groups = new HashMap<>();
    /** Triggered legs waiting for their siblings at the venue to be gone: triggered id -> blocking ids. */
    private final Map<String, List<String>> waiting = new HashMap<>();
    /** Legs being cancelled to free funds for a triggered sibling: their end must not cancel that sibling. */
    private final Set<String> freeing = new HashSet<>();

    private final Consumer<Runnable> afterMessage;
    private final Consumer<Recorded> record;

    /** {@code afterMessage} runs reactions once the current message is fully applied (fills on the books first). */
    Brackets(Map<String, Instrument> instruments, Orders orders, OrderFlow flow, Consumer<Runnable> afterMessage,
             Consumer<Recorded> record) {
        this.record = record;
        this.instruments = instruments;
        this.orders = orders;
        this.flow = flow;
        this.afterMessage = afterMessage;
    }

    void placeBracket(OrderRequest entry, BracketSpec spec) {
        String group = entry.clientOrderId();
        specs.put(group, spec);
        record.accept(new Recorded.BracketOpened(group, spec));
        join(group, entry.clientOrderId());
        if (!flow.place(entry, new Contingency(group, Role.ENTRY), spec.stopLossPercent())) {
            specs.remove(group);
        }
    }

    void placeOco(OrderRequest first, OrderRequest second) {
        String group = first.clientOrderId();
        join(group, first.clientOrderId());
        join(group, second.clientOrderId());
        if (flow.place(first, new Contingency(group, Role.OCO_LEG))) {
            flow.place(second, new Contingency(group, Role.OCO_LEG));
        }
    }

    /** After a restart: a bracket whose entry had not finished still owes its legs. */
    void restoreSpec(String group, BracketSpec spec) {
        specs.put(group, spec);
    }

    /** After a restart: groups are rebuilt from the orders' contingencies; specs of finished entries are dropped. */
    void rejoin(List<Order> newestFirst) {
        groups.clear();
        for (int i = newestFirst.size() - 1; i >= 0; i--) {
            Order o = newestFirst.get(i);
            if (o.contingency() != null) {
                join(o.contingency().groupId(), o.clientOrderId());
            }
        }
        specs.keySet().removeIf(group -> orders.get(group).map(o -> !o.isWorking()).orElse(true));
    }

    /** Brackets whose legs are still to come, by group (entry id). */
    Map<String, BracketSpec> pendingSpecs() {
        return new HashMap<>(specs);
    }

    private void join(String group, String id) {
        groups.computeIfAbsent(group, g -> new ArrayList<>()).add(id);
    }

    @Override
    public List<String> blockers(Order triggered) {
        Contingency c = triggered.contingency();
        List<String> out = new ArrayList<>();
        if (c == null) {
            return out;
        }
        for (String id : groups.getOrDefault(c.groupId(), List.of())) {
            orders.get(id).filter(o -> !id.equals(triggered.clientOrderId()) && o.isWorking()
                    && !OrderFlow.isHeld(o) && o.side() == triggered.side()).ifPresent(o -> out.add(id));
        }
        return out;
    }

    @Override
    public void waitFor(Order triggered, List<String> blockers) {
        waiting.put(triggered.clientOrderId(), new ArrayList<>(blockers));
        freeing.addAll(blockers);
    }

    /** Sends every waiting triggered leg whose blockers are all finished. */
    private void releaseWaiting() {
        for (Map.Entry<String, List<String>> w : new ArrayList<>(waiting.entrySet())) {
            boolean clear = w.getValue().stream().noneMatch(id -> orders.get(id).map(Order::isWorking).orElse(false));
            if (clear) {
                waiting.remove(w.getKey());
                flow.sendTriggered(w.getKey());
            }
        }
    }

    @Override
    public void onChange(Order before, Order after) {
        if (!waiting.isEmpty() && before != null && before.isWorking() && !after.isWorking()) {
            afterMessage.accept(this::releaseWaiting);
        }
        Contingency c = after.contingency();
        if (c == null || before == null) {
            return;
        }
        boolean filledNow = after.filledQty().compareTo(before.filledQty()) > 0;
        boolean ended = before.isWorking() && !after.isWorking();
        if (ended && freeing.remove(after.clientOrderId()) && after.status() != OrderStatus.FILLED) {
            return;
        }
        if (c.role() == Role.ENTRY) {
            if (ended && after.filledQty().signum() > 0) {
                afterMessage.accept(() -> placeLegs(after));
            } else if (ended) {
                specs.remove(c.groupId());
            }
        } else if (filledNow || (ended && after.status() != OrderStatus.FILLED)) {
            afterMessage.accept(() -> cancelOthers(c.groupId(), after.clientOrderId()));
        }
    }

    private void cancelOthers(String group, String except) {
        for (String id : groups.getOrDefault(group, List.of())) {
            if (!id.equals(except) && !waiting.containsKey(id) && !waiting.containsKey(except)
                    && orders.get(id).map(Order::isWorking).orElse(false)) {
                flow.cancel(id, "other leg of " + group + " traded or ended");
            }
        }
    }

    private void placeLegs(Order entry) {
        BracketSpec spec = specs.remove(entry.clientOrderId());
        if (spec == null) {
            return;
        }
        Instrument ins = instruments.get(entry.symbol());
        String group = entry.clientOrderId();
        Side exit = entry.side().opposite();
        BigDecimal avg = entry.avgFillPrice();
        BigDecimal qty = entry.filledQty();
        int sign = entry.side() == Side.BUY ? 1 : -1;
        BigDecimal stop = tick(ins, move(avg, spec.stopLossPercent(), -sign));
        BigDecimal target = tick(ins, move(avg, spec.takeProfitPercent(), sign));
        OrderRequest stopLeg = spec.trailArmPercent() == null
                ? new OrderRequest(spec.stopLossId(), entry.symbol(), exit, OrderType.STOP_MARKET, qty, null, stop,
                        TimeInForce.GTC, 0L, false, true, null)
                : new OrderRequest(spec.stopLossId(), entry.symbol(), exit, OrderType.TRAILING_STOP, qty, null, stop,
                        TimeInForce.GTC, 0L, false, true, new Trailing(Trailing.Kind.PERCENT, spec.stopLossPercent(),
                        tick(ins, move(avg, spec.trailArmPercent(), sign))));
        OrderRequest profitLeg = new OrderRequest(spec.takeProfitId(), entry.symbol(), exit, OrderType.LIMIT, qty,
                target, null, TimeInForce.GTC, 0L, false, true, null);
        join(group, stopLeg.clientOrderId());
        join(group, profitLeg.clientOrderId());
        flow.place(stopLeg, new Contingency(group, Role.STOP_LOSS));
        flow.place(profitLeg, new Contingency(group, Role.TAKE_PROFIT));
    }

    /** {@code price} moved by {@code percent} up (direction 1) or down (-1). */
    private static BigDecimal move(BigDecimal price, BigDecimal percent, int direction) {
        BigDecimal factor = BigDecimal.ONE.add(percent.multiply(BigDecimal.valueOf(direction))
                .divide(HUNDRED, MathContext.DECIMAL64));
        return price.multiply(factor, MathContext.DECIMAL64);
    }

    private static BigDecimal tick(Instrument ins, BigDecimal price) {
        BigDecimal t = ins.tickSize();
        return Order.plain(price.divide(t, 0, RoundingMode.HALF_UP).multiply(t));
    }
}
