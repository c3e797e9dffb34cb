package dev.osprey.paper;

import dev.osprey.core.engine.Engine;
import dev.osprey.core.engine.KillSwitch;
import dev.osprey.core.gate.OrderGate;
import dev.osprey.core.gate.TradingState;
import dev.osprey.core.order.Order;
import dev.osprey.core.order.OrderRequest;
import dev.osprey.core.order.OrderStatus;
import dev.osprey.core.order.OrderType;
import dev.osprey.core.order.Side;
import org.awaitility.Awaitility;
import org.HdrHistogram.Histogram;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The emergency stop on a real desk: an {@link Engine} on its own thread, the {@link PaperVenue} on its own, and
 * {@link #WORKING} resting orders accepted by the venue. Each press is timed three ways: until the gate closed (the
 * kill switch's own report, measured around its first step), until {@code engage} returns (gate closed, halt
 * posted to the engine, cancel-all handed to the venue) and until the cancel-all future completes: the venue has cancelled every order (checked after) and
 * delivered the reports.
 * A fresh desk per press, built outside the timing. Arguments: [warm-up presses] [measured presses], default 50 and
 * 300. See docs/benchmarks/risk-and-kill.md.
 */
public final class KillSwitchLatency {
    static final int WORKING = 200;

    private KillSwitchLatency() {
    }

    public static void main(String[] args) throws Exception {
        int warmups = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int presses = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        System.out.printf(Locale.ROOT, "JVM: %s %s, %d processors; %d warm-up and %d measured presses, %d working"
                        + " orders each%n", System.getProperty("java.vm.name"), System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), warmups, presses, WORKING);
        Histogram gate = new Histogram(3);
        Histogram engaged = new Histogram(3);
        Histogram cancels = new Histogram(3);
        for (int i = 0; i < warmups; i++) {
            press(new Histogram(3), new Histogram(3), new Histogram(3));
        }
        for (int i = 0; i < presses; i++) {
            press(gate, engaged, cancels);
        }
        print("press -> gate closed (as the kill switch reports it)", gate);
        print("press -> engage() returned (gate closed, halt posted, cancel-all sent)", engaged);
        print("press -> all " + WORKING + " cancels done by the paper venue", cancels);
    }

    private static void press(Histogram gateLatency, Histogram engageLatency, Histogram cancelLatency)
            throws Exception {
        ScriptedFeed feed = new ScriptedFeed();
        PaperVenue venue = new PaperVenue(PaperFixtures.ACCOUNT, List.of(PaperFixtures.BTCUSDT), feed);
        OrderGate gate = new OrderGate();
        try (Engine engine = new Engine(Map.of(PaperFixtures.BTC, PaperFixtures.BTCUSDT), venue, gate,
                System::currentTimeMillis)) {
            engine.start();
            feed.push(PaperFixtures.book(PaperFixtures.BTC, List.of(PaperFixtures.level("99.00", "1")),
                    List.of(PaperFixtures.level("100.00", "1")), 1_000));
            for (int i = 0; i < WORKING; i++) {
                engine.submit(new OrderRequest(engine.newClientOrderId(), PaperFixtures.BTC, Side.BUY,
                        OrderType.LIMIT, new BigDecimal("0.1"), new BigDecimal("90.00").add(BigDecimal.valueOf(i, 2))));
            }
            awaitAccepted(engine);
            KillSwitch kill = new KillSwitch(gate, engine, Map.of(venue.name(), venue.orderEntry()),
                    Duration.ofSeconds(2), System::currentTimeMillis);

            long start = System.nanoTime();
            var done = kill.engage("bench", "benchmark");
            long engaged = System.nanoTime();
            KillSwitch.Report report = done.get(5, TimeUnit.SECONDS);
            long cancelled = System.nanoTime();

            // The engine's own cancels (after its Halt) may reach the venue before the cancel-all and take a few
            // orders; either way none may be left open once the cancel-all has been answered.
            int open = venue.fetchState().openOrders().size();
            if (gate.state() != TradingState.HALTED || open != 0 || !report.timedOut().isEmpty()) {
                throw new IllegalStateException("stop did not work: " + gate.state() + ", " + open + " open, "
                        + report);
            }
            gateLatency.recordValue(report.gateClosedNanos());
            engageLatency.recordValue(engaged - start);
            cancelLatency.recordValue(cancelled - start);
        } finally {
            venue.close();
        }
    }

    private static void awaitAccepted(Engine engine) {
        Awaitility.await("the venue accepting " + WORKING + " orders").atMost(10, TimeUnit.SECONDS)
                .pollInterval(1, TimeUnit.MILLISECONDS).until(() -> {
                    List<Order> orders = engine.latest().orders();
                    return orders.size() == WORKING
                            && orders.stream().allMatch(o -> o.status() == OrderStatus.ACCEPTED);
                });
    }

    private static void print(String what, Histogram h) {
        System.out.printf(Locale.ROOT, "%s: p50 %.4f ms, p99 %.4f ms, p99.9 %.4f ms, max %.4f ms (%d presses)%n",
                what, h.getValueAtPercentile(50) / 1e6, h.getValueAtPercentile(99) / 1e6,
                h.getValueAtPercentile(99.9) / 1e6, h.getMaxValue() / 1e6, h.getTotalCount());
    }
}
