package dev.osprey.app.wiring;

import dev.osprey.app.config.ConfigLoader;
import dev.osprey.app.config.OspreyConfig;
import dev.osprey.core.engine.BookView;
import dev.osprey.core.engine.Command;
import dev.osprey.core.market.Scaled;
import dev.osprey.core.order.Order;
import dev.osprey.core.order.OrderRequest;
import dev.osprey.core.order.OrderType;
import dev.osprey.core.order.Side;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The crash test's child process: a durable paper desk that trades a flood of orders (market and limit buys and
 * sells, cancels) until it is killed. Prints "ready" once the book is live, then one line per order it sent.
 * Arguments: data directory, config file, seed.
 */
public final class CrashChild {
    private CrashChild() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        OspreyConfig config = ConfigLoader.load(Path.of(args[1]));
        Random random = new Random(Long.parseLong(args[2]));
        Desk desk = Desk.startPaper(config, data);
        boolean[] ready = {false};
        // One order action every 4 ms on one thread, once the book is there; the main thread waits to be killed.
        Executors.newSingleThreadScheduledExecutor().scheduleWithFixedDelay(() -> {
            BigDecimal mid = mid(desk);
            if (mid == null) {
                return;
            }
            if (!ready[0]) {
                ready[0] = true;
                System.out.println("ready");
                System.out.flush();
            }
            act(desk, random, mid);
        }, 0, 4, TimeUnit.MILLISECONDS);
        new CountDownLatch(1).await();
    }

    /** A market order, a limit order near the mid, or a cancel of a working order. */
    private static void act(Desk desk, Random random, BigDecimal mid) {
        int what = random.nextInt(10);
        if (what < 4) {
            send(desk, new OrderRequest(desk.engine().newClientOrderId(), "BTCUSDT", side(random),
                    OrderType.MARKET, qty(random), null));
        } else if (what < 8) {
            BigDecimal offset = mid.multiply(new BigDecimal(random.nextInt(30) - 15)).movePointLeft(4);
            Side side = side(random);
            BigDecimal price = mid.add(side == Side.BUY ? offset.abs().negate() : offset.abs())
                    .setScale(2, RoundingMode.HALF_UP);
            send(desk, new OrderRequest(desk.engine().newClientOrderId(), "BTCUSDT", side, OrderType.LIMIT,
                    qty(random), price));
        } else {
            List<Order> working = desk.engine().latest().orders().stream().filter(Order::isWorking).toList();
            if (!working.isEmpty()) {
                Order o = working.get(random.nextInt(working.size()));
                desk.engine().post(new Command.CancelOrder(o.symbol(), o.clientOrderId()));
            }
        }
    }

    private static void send(Desk desk, OrderRequest r) {
        if (desk.engine().submit(r).isQueued()) {
            System.out.println("sent " + r.clientOrderId());
        }
    }

    private static BigDecimal mid(Desk desk) {
        BookView b = desk.engine().latest().books().get("BTCUSDT");
        if (b == null || b.bids().isEmpty() || b.asks().isEmpty()) {
            return null;
        }
        return Scaled.toBigDecimal(b.bids().get(0).price()).add(Scaled.toBigDecimal(b.asks().get(0).price()))
                .divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP);
    }

    private static Side side(Random random) {
        return random.nextBoolean() ? Side.BUY : Side.SELL;
    }

    private static BigDecimal qty(Random random) {
        return new BigDecimal(1 + random.nextInt(30)).movePointLeft(4);
    }
}
