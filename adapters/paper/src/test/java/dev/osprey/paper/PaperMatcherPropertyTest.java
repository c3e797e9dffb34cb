package dev.osprey.paper;

import dev.osprey.core.market.Scaled;
import dev.osprey.core.order.Fill;
import dev.osprey.core.order.OrderRequest;
import dev.osprey.core.order.OrderType;
import dev.osprey.core.order.Side;
import dev.osprey.core.order.TimeInForce;
import dev.osprey.core.venue.AccountEvent;
import dev.osprey.core.venue.Balance;
import dev.osprey.core.venue.OrderAccepted;
import dev.osprey.core.venue.OrderCanceled;
import dev.osprey.core.venue.OrderExpired;
import dev.osprey.core.venue.OrderFilled;
import dev.osprey.core.venue.OrderRejected;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.LongStream;

/**
 * The paper venue alone under random orders, cancels and markets, with random latency: every order's reports
 * follow the venue's lifecycle, no order overfills, no balance goes negative, locked funds are what the working
 * orders hold, and once nothing is in flight the account adds up to the opening balances plus the reported fills
 * and fees. A failure names its seed: {@code -Dtest=PaperMatcherPropertyTest -Dosprey.seed=N}.
 */
class PaperMatcherPropertyTest {
    private static final int STEPS = 400;
    private static final BigDecimal OPENING_USDT = new BigDecimal("1000000");
    private static final BigDecimal OPENING_BTC = new BigDecimal("50");

    /** Where one order stands in the reports: sent, working at the venue, or finished. */
    private enum Stage { SENT, WORKING, DONE }

    private static final class Tracked {
        final long qty;
        Stage stage = Stage.SENT;
        long filled;

        Tracked(long qty) {
            this.qty = qty;
        }
    }

    @Test
    void whenRandomOrdersMeetRandomMarkets_thenTheVenueStaysConsistentAfterEveryStep() {
        String one = System.getProperty("osprey.seed");
        long[] seeds = one != null ? new long[] {Long.parseLong(one)}
                : LongStream.rangeClosed(1, Long.getLong("osprey.seeds", 200)).toArray();
        for (long seed : seeds) {
            try {
                play(seed);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("seed " + seed + ": " + e.getMessage(), e);
            }
        }
    }

    private static void play(long seed) {
        Random random = new Random(seed);
        PaperLatency latency = random.nextBoolean() ? PaperLatency.NONE
                : new PaperLatency(random.nextInt(30), random.nextInt(30), random.nextInt(20));
        PaperMatcher matcher = new PaperMatcher(new PaperAccountConfig(new BigDecimal("2"), new BigDecimal("10"),
                Map.of("USDT", OPENING_USDT, "BTC", OPENING_BTC), latency), List.of(PaperFixtures.BTCUSDT));
        SyntheticMarket market = new SyntheticMarket(random, 1_700_000_000_000L);
        Map<String, Tracked> orders = new HashMap<>();
        List<Fill> fills = new ArrayList<>();
        check(matcher.apply(market.snapshot()), orders, fills);
        for (int step = 1; step <= STEPS; step++) {
            int dice = random.nextInt(10);
            List<AccountEvent> reports;
            if (dice < 4) {
                reports = matcher.apply(market.next());
            } else if (dice < 8) {
                OrderRequest r = randomOrder("o" + step, random, market);
                orders.put(r.clientOrderId(), new Tracked(Scaled.of(r.qty())));
                reports = matcher.place(r);
            } else if (dice < 9 && !orders.isEmpty()) {
                reports = matcher.cancel(SyntheticMarket.SYMBOL, "o" + (1 + random.nextInt(step)));
            } else {
                reports = matcher.cancelAll(random.nextBoolean() ? SyntheticMarket.SYMBOL : null);
            }
            check(reports, orders, fills);
            checkBalances(matcher);
            if (step % 100 == 0) {
                // A second of market time is longer than any latency here: everything in flight lands.
                check(matcher.apply(market.quiet(1_000)), orders, fills);
                checkQuiet(matcher, orders, fills);
            }
        }
    }

    private static OrderRequest randomOrder(String id, Random random, SyntheticMarket market) {
        Side side = random.nextBoolean() ? Side.BUY : Side.SELL;
        BigDecimal qty = BigDecimal.valueOf(50 + random.nextInt(2_951), 3);
        BigDecimal price = Scaled.toBigDecimal(market.midPrice() + (random.nextInt(21) - 10) * SyntheticMarket.TICK)
                .setScale(2);
        switch (random.nextInt(5)) {
            case 0: return new OrderRequest(id, SyntheticMarket.SYMBOL, side, OrderType.MARKET, qty, null);
            case 1: return limit(id, side, qty, price, TimeInForce.IOC, false);
            case 2: return limit(id, side, qty, price, TimeInForce.FOK, false);
            case 3: return limit(id, side, qty, price, TimeInForce.GTC, true);
            default: return limit(id, side, qty, price, TimeInForce.GTC, false);
        }
    }

    private static OrderRequest limit(String id, Side side, BigDecimal qty, BigDecimal price, TimeInForce tif,
                                      boolean postOnly) {
        return new OrderRequest(id, SyntheticMarket.SYMBOL, side, OrderType.LIMIT, qty, price, null, tif, 0L,
                postOnly, false, null);
    }

    /** Every report moves its order along the venue's lifecycle only. */
    private static void check(List<AccountEvent> reports, Map<String, Tracked> orders, List<Fill> fills) {
        for (AccountEvent e : reports) {
            if (e instanceof OrderAccepted a) {
                move(orders.get(a.clientOrderId()), Stage.SENT, Stage.WORKING, e);
            } else if (e instanceof OrderRejected r) {
                move(orders.get(r.clientOrderId()), Stage.SENT, Stage.DONE, e);
            } else if (e instanceof OrderCanceled c) {
                move(orders.get(c.clientOrderId()), Stage.WORKING, Stage.DONE, e);
            } else if (e instanceof OrderExpired x) {
                move(orders.get(x.clientOrderId()), Stage.WORKING, Stage.DONE, e);
            } else if (e instanceof OrderFilled f) {
                Tracked t = orders.get(f.fill().clientOrderId());
                require(t.stage == Stage.WORKING, () -> "fill for an order that is " + t.stage + ": " + e);
                t.filled += Scaled.of(f.fill().qty());
                require(t.filled <= t.qty, () -> "overfilled: " + e);
                if (t.filled == t.qty) {
                    t.stage = Stage.DONE;
                }
                fills.add(f.fill());
            }
        }
    }

    private static void move(Tracked t, Stage from, Stage to, AccountEvent e) {
        require(t.stage == from, () -> "expected " + from + " before " + e + ", was " + t.stage);
        t.stage = to;
    }

    private static void checkBalances(PaperMatcher matcher) {
        Map<String, BigDecimal> held = matcher.reservedByOrders();
        for (Balance b : matcher.state().balances()) {
            require(b.free().signum() >= 0 && b.locked().signum() >= 0, () -> "negative: " + b);
            require(b.locked().compareTo(held.getOrDefault(b.asset(), BigDecimal.ZERO)) == 0,
                    () -> b + " but the working orders hold " + held.get(b.asset()));
        }
    }

    /** Nothing in flight: the working orders are the accepted, unfinished ones, and the money adds up. */
    private static void checkQuiet(PaperMatcher matcher, Map<String, Tracked> orders, List<Fill> fills) {
        require(matcher.isQuiet(), () -> "still in flight");
        Set<String> open = new TreeSet<>();
        matcher.state().openOrders().forEach(o -> open.add(o.clientOrderId()));
        Set<String> working = new TreeSet<>();
        orders.forEach((id, t) -> {
            if (t.stage == Stage.WORKING) {
                working.add(id);
            }
        });
        require(open.equals(working), () -> "venue works " + open + ", reports say " + working);
        BigDecimal btc = OPENING_BTC;
        BigDecimal usdt = OPENING_USDT;
        for (Fill f : fills) {
            boolean buy = f.side() == Side.BUY;
            btc = buy ? btc.add(f.qty()) : btc.subtract(f.qty());
            // Fees are charged in the quote asset on both sides.
            usdt = buy ? usdt.subtract(f.notional()).subtract(f.fee()) : usdt.add(f.notional()).subtract(f.fee());
        }
        BigDecimal btcFromFills = btc;
        BigDecimal usdtFromFills = usdt;
        require(total(matcher, "BTC").compareTo(btcFromFills) == 0,
                () -> "BTC " + total(matcher, "BTC") + ", fills say " + btcFromFills);
        require(total(matcher, "USDT").compareTo(usdtFromFills) == 0,
                () -> "USDT " + total(matcher, "USDT") + ", fills say " + usdtFromFills);
    }

    private static BigDecimal total(PaperMatcher matcher, String asset) {
        return matcher.state().balances().stream().filter(b -> b.asset().equals(asset)).map(Balance::total)
                .findFirst().orElse(BigDecimal.ZERO);
    }

    /** The message is built only on failure: the checks run for every report. */
    private static void require(boolean ok, Supplier<String> what) {
        if (!ok) {
            throw new AssertionError(what.get());
        }
    }
}
