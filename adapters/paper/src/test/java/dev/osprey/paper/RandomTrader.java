package dev.osprey.paper;

import dev.osprey.core.engine.Command;
import dev.osprey.core.market.MarketEvent;
import dev.osprey.core.market.Scaled;
import dev.osprey.core.order.BracketSpec;
import dev.osprey.core.order.OrderRequest;
import dev.osprey.core.order.OrderType;
import dev.osprey.core.order.Side;
import dev.osprey.core.order.TimeInForce;
import dev.osprey.core.order.Trailing;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Random;

/**
 * A trader pressing random buttons on a {@link SyncDesk} while a {@link SyntheticMarket} moves: every order type
 * and time in force, reduce-only, cancels, cancel-all, amends, brackets, OCO pairs, the emergency stop and re-arm.
 * Remembers every client id it used, and its last actions for a failure message.
 */
final class RandomTrader {
    private static final String SYMBOL = SyntheticMarket.SYMBOL;
    private static final int ACTIONS_KEPT = 12;

    private final Random random;
    private final SyncDesk desk;
    private final SyntheticMarket market;
    private final List<String> ids = new ArrayList<>();
    /** Kept as objects: they are turned into text only for a failure message. */
    private final Deque<Object> lastActions = new ArrayDeque<>();
    private int sequence;

    RandomTrader(Random random, SyncDesk desk, SyntheticMarket market) {
        this.random = random;
        this.desk = desk;
        this.market = market;
    }

    List<String> ids() {
        return ids;
    }

    String lastActions() {
        StringBuilder text = new StringBuilder();
        lastActions.forEach(a -> text.append("\n  ").append(a));
        return text.toString();
    }

    void step() {
        int dice = random.nextInt(100);
        if (dice < 35) {
            MarketEvent event = market.next();
            log(event);
            desk.market(event);
        } else if (dice < 70) {
            command(new Command.PlaceOrder(randomOrder(newId("o"))));
        } else if (dice < 77 && !ids.isEmpty()) {
            command(new Command.CancelOrder(SYMBOL, anyId()));
        } else if (dice < 79) {
            command(new Command.CancelAll(random.nextBoolean() ? SYMBOL : null));
        } else if (dice < 86 && !ids.isEmpty()) {
            command(amend());
        } else if (dice < 91) {
            command(bracket());
        } else if (dice < 96) {
            command(new Command.PlaceOco(randomOrder(newId("x")), randomOrder(newId("y"))));
        } else if (dice < 98) {
            halt();
        } else {
            log("rearm");
            desk.gate.rearm("trader", "random", market.timeMs());
            desk.send(new Command.Rearm("trader", "random"));
        }
    }

    /** As the kill switch does it: the gate first, the engine told, and a cancel-all straight to the venue. */
    private void halt() {
        log("halt");
        desk.gate.halt("trader", "random", market.timeMs());
        desk.send(new Command.Halt("trader", "random"));
        desk.cancelAll(null);
    }

    private void command(Command c) {
        log(c);
        desk.send(c);
    }

    private Command.Amend amend() {
        BigDecimal qty = random.nextBoolean() ? qty() : null;
        BigDecimal price = random.nextBoolean() || qty == null ? priceNearMid(10) : null;
        return new Command.Amend(anyId(), qty, price, newId("r"));
    }

    private Command.PlaceBracket bracket() {
        String entryId = newId("b");
        OrderRequest entry = random.nextBoolean() ? plain(entryId, OrderType.MARKET, TimeInForce.IOC, null)
                : plain(entryId, OrderType.LIMIT, TimeInForce.GTC, priceNearMid(5));
        BigDecimal trailArm = random.nextBoolean() ? null : percent();
        return new Command.PlaceBracket(entry, new BracketSpec(percent(), percent(), trailArm, newId("sl"),
                newId("tp")));
    }

    private OrderRequest randomOrder(String id) {
        Side side = side();
        BigDecimal price = priceNearMid(10);
        BigDecimal stop = priceNearMid(10);
        boolean reduceOnly = random.nextInt(5) == 0;
        switch (random.nextInt(11)) {
            case 0: return order(id, side, OrderType.MARKET, TimeInForce.IOC, null, null, false, reduceOnly, null);
            case 1: return order(id, side, OrderType.LIMIT, TimeInForce.GTC, price, null, false, reduceOnly, null);
            case 2: return order(id, side, OrderType.LIMIT, TimeInForce.IOC, price, null, false, reduceOnly, null);
            case 3: return order(id, side, OrderType.LIMIT, TimeInForce.FOK, price, null, false, reduceOnly, null);
            case 4: return order(id, side, OrderType.LIMIT, TimeInForce.GTC, price, null, true, reduceOnly, null);
            case 5: return order(id, side, OrderType.STOP_MARKET, TimeInForce.GTC, null, stop, false, reduceOnly, null);
            case 6: return order(id, side, OrderType.STOP_LIMIT, TimeInForce.GTC, price, stop, false, reduceOnly, null);
            case 7: return order(id, side, OrderType.TAKE_PROFIT, TimeInForce.GTC, null, stop, false, reduceOnly, null);
            case 8: return order(id, side, OrderType.TAKE_PROFIT_LIMIT, TimeInForce.GTC, price, stop, false,
                    reduceOnly, null);
            case 9: return order(id, side, OrderType.TRAILING_STOP, TimeInForce.GTC, null, null, false, reduceOnly,
                    trailing());
            default: return new OrderRequest(id, SYMBOL, side, OrderType.LIMIT, qty(), price, null, TimeInForce.GTD,
                    market.timeMs() + 10 + random.nextInt(500), false, reduceOnly, null);
        }
    }

    private OrderRequest plain(String id, OrderType type, TimeInForce tif, BigDecimal price) {
        return order(id, side(), type, tif, price, null, false, false, null);
    }

    private OrderRequest order(String id, Side side, OrderType type, TimeInForce tif, BigDecimal price,
                               BigDecimal stop, boolean postOnly, boolean reduceOnly, Trailing trailing) {
        return new OrderRequest(id, SYMBOL, side, type, qty(), price, stop, tif, 0L, postOnly, reduceOnly, trailing);
    }

    private Trailing trailing() {
        if (random.nextBoolean()) {
            return new Trailing(Trailing.Kind.PERCENT, percent(), null);
        }
        BigDecimal distance = Scaled.toBigDecimal(SyntheticMarket.TICK * (1 + random.nextInt(20)));
        return new Trailing(Trailing.Kind.PRICE, distance, random.nextBoolean() ? null : priceNearMid(5));
    }

    private Side side() {
        return random.nextBoolean() ? Side.BUY : Side.SELL;
    }

    /** 0.05 to 3 in lot steps of 0.001: at a price near 100, 5 to 300 USDT, above the 5 USDT minimum. */
    private BigDecimal qty() {
        return BigDecimal.valueOf(50 + random.nextInt(2_951), 3);
    }

    private BigDecimal percent() {
        return BigDecimal.valueOf(1 + random.nextInt(50), 1);
    }

    private BigDecimal priceNearMid(int ticks) {
        long price = market.midPrice() + (random.nextInt(2 * ticks + 1) - ticks) * SyntheticMarket.TICK;
        return Scaled.toBigDecimal(price).setScale(2);
    }

    private String anyId() {
        return ids.get(random.nextInt(ids.size()));
    }

    private String newId(String prefix) {
        String id = prefix + ++sequence;
        ids.add(id);
        return id;
    }

    private void log(Object action) {
        if (lastActions.size() == ACTIONS_KEPT) {
            lastActions.removeFirst();
        }
        lastActions.addLast(action);
    }
}
