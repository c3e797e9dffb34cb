package dev.osprey.app.wiring;

import dev.osprey.app.config.ConfigLoader;
import dev.osprey.core.engine.Command;
import dev.osprey.core.engine.EngineMessage;
import dev.osprey.core.engine.EngineSnapshot;
import dev.osprey.core.engine.PositionView;
import dev.osprey.core.journal.JournalCodec;
import dev.osprey.core.order.Fill;
import dev.osprey.core.order.Order;
import dev.osprey.core.order.OrderStatus;
import dev.osprey.core.order.Side;
import dev.osprey.core.venue.AccountEvent;
import dev.osprey.core.venue.Balance;
import dev.osprey.core.venue.OrderAccepted;
import dev.osprey.core.venue.OrderCanceled;
import dev.osprey.core.venue.OrderExpired;
import dev.osprey.core.venue.OrderFilled;
import dev.osprey.core.venue.OrderRejected;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The crash test: a child process trades a flood of orders on a durable paper desk and is killed with SIGKILL at a
 * random moment, twenty times over one data directory. After each kill the desk restarts on that directory, restores
 * from the journal and reconciles with the paper venue's ledger; then, against the venue's own books read
 * independently from its ledger: no order the venue has is unknown to us (none lost), no client order id reached the
 * venue twice (none duplicated), every order's state and fills are the venue's, nothing is left in flight, and our
 * positions and balances equal the venue's.
 */
class CrashRecoveryTest {
    private static final int RUNS = 20;

    @TempDir
    Path dir;

    @Test
    void killedAtRandomMomentsTheDeskLosesAndDuplicatesNoOrder() throws Exception {
        Path data = dir.resolve("data");
        Path childConfig = config("\"speed\": \"20\", \"loop\": true");
        Path stillConfig = config("\"speed\": \"0.0001\", \"loop\": false");
        long base = Long.getLong("crash.seed", System.currentTimeMillis());
        Random random = new Random(base);
        int totalSent = 0;
        for (int run = 1; run <= RUNS; run++) {
            long seed = random.nextLong();
            int killAfterSent = 1 + random.nextInt(400);
            System.out.printf("crash run %d/%d: seed %d, SIGKILL once %d orders are sent (base seed %d)%n", run,
                    RUNS, seed, killAfterSent, base);
            totalSent += runAndKill(data, childConfig, seed, killAfterSent);
            verifyAfterRestart(data, stillConfig, run, seed);
        }
        assertTrue(totalSent > RUNS * 20, "a flood of orders was sent: " + totalSent);
    }

    private Path config(String replay) throws IOException {
        Path f = Files.createTempFile(dir, "config", ".json");
        Files.writeString(f, "{ \"replay\": { " + replay + " }, \"paper\": { \"latency\": { \"submitMs\": 20, "
                + "\"cancelMs\": 20, \"reportMs\": 10 } }, \"risk\": { \"maxOrdersPerSecond\": 1000, "
                + "\"maxOpenOrders\": 500, \"minOrderValue\": \"5\", \"maxOpenPositions\": 50 } }");
        return f;
    }

    /**
     * Starts the child, lets it trade until it has sent {@code killAfterSent} orders (and whatever it sends while
     * the kill is on its way), kills it with SIGKILL; returns how many orders it said it sent.
     */
    private static int runAndKill(Path data, Path config, long seed, int killAfterSent) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Xmx512m", CrashChild.class.getName(),
                data.toString(), config.toString(), Long.toString(seed));
        pb.redirectErrorStream(true);
        Process child = pb.start();
        CountDownLatch ready = new CountDownLatch(1);
        AtomicInteger sent = new AtomicInteger();
        List<String> tail = new ArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    if (line.equals("ready")) {
                        ready.countDown();
                    } else if (line.startsWith("sent ")) {
                        sent.incrementAndGet();
                    } else {
                        synchronized (tail) {
                            tail.add(line);
                        }
                    }
                }
            } catch (IOException ignored) {
                // the child was killed
            }
        });
        reader.setDaemon(true);
        reader.start();
        if (!ready.await(90, TimeUnit.SECONDS)) {
            child.destroyForcibly().waitFor();
            synchronized (tail) {
                fail("the child never got ready (seed " + seed + "): " + String.join("\n", tail));
            }
        }
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> sent.get() >= killAfterSent || !child.isAlive());
        child.destroyForcibly();               // SIGKILL: no shutdown hook, no flush, no close
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        reader.join(5_000);
        return sent.get();
    }

    /**
     * After the restart, ours and the venue's books must agree. The venue keeps working meanwhile (a restored resting
     * order may fill on the first book of the replay), so they are compared until they agree, for at most 20 s, and
     * whatever still differs then fails the test.
     */
    private static void verifyAfterRestart(Path data, Path config, int run, long seed) throws Exception {
        try (Desk desk = Desk.startPaper(ConfigLoader.load(config), data)) {
            String where = " (run " + run + ", seed " + seed + ")";
            Path ledger = data.resolve("paper/ledger.jsonl");
            try {
                WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> problems(desk, ledger).isEmpty());
            } catch (TimeoutException e) {
                // what still differs is the failure below
            }
            assertEquals(List.of(), problems(desk, ledger), "ours and the venue's books differ" + where);
            System.out.printf("crash run %d: %d order(s) at the venue, %d in our journal; %s%n", run,
                    VenueBooks.read(ledger).arrivals.size(), desk.engine().latest().orders().size(),
                    desk.startup().reconciliation().headline());
        }
    }

    private static List<String> problems(Desk desk, Path ledger) throws IOException {
        EngineSnapshot ours = desk.engine().latest();
        if (ours.balances().isEmpty()) {
            return List.of("no balances yet: the venue's start-up state is not applied");
        }
        return problems(ours, VenueBooks.read(ledger), desk.venueState().balances());
    }

    /** Every way our books differ from the venue's. */
    private static List<String> problems(EngineSnapshot ours, VenueBooks venue, List<Balance> venueBalanceList) {
        List<String> problems = new ArrayList<>();
        Map<String, Order> byId = new HashMap<>();
        ours.orders().forEach(o -> byId.put(o.clientOrderId(), o));
        for (Map.Entry<String, Integer> e : venue.arrivals.entrySet()) {
            String id = e.getKey();
            if (e.getValue() != 1) {
                problems.add(id + " reached the venue " + e.getValue() + " times");
            }
            Order o = byId.get(id);
            if (o == null) {
                problems.add("the venue has " + id + " but we lost it");
                continue;
            }
            OrderStatus theirs = venue.status.get(id);
            boolean cancelOnItsWay = o.status() == OrderStatus.PENDING_CANCEL
                    && (theirs == OrderStatus.ACCEPTED || theirs == OrderStatus.PARTIALLY_FILLED);
            if (!cancelOnItsWay && theirs != o.status()) {
                problems.add(id + ": ours " + o.status() + ", venue " + theirs);
            }
            BigDecimal filled = venue.filled.getOrDefault(id, BigDecimal.ZERO);
            if (filled.compareTo(o.filledQty()) != 0) {
                problems.add(id + ": ours filled " + o.filledQty() + ", venue " + filled);
            }
        }
        for (Order o : ours.orders()) {
            if (o.status() == OrderStatus.SUBMITTED) {
                problems.add(o.clientOrderId() + " still in flight");
            } else if (!venue.arrivals.containsKey(o.clientOrderId()) && !o.isHeldByEngine()
                    && o.status() != OrderStatus.REJECTED && o.status() != OrderStatus.CANCELED) {
                problems.add(o.clientOrderId() + " never reached the venue but is " + o.status());
            }
        }
        for (PositionView p : ours.positions()) {
            if (venue.position(p.symbol()).compareTo(p.qty()) != 0) {
                BigDecimal byOrders = ours.orders().stream().filter(o -> o.symbol().equals(p.symbol()))
                        .map(o -> o.side() == Side.BUY ? o.filledQty() : o.filledQty().negate())
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                problems.add("position " + p.symbol() + ": ours " + p.qty() + " (our orders' fills add up to "
                        + byOrders + "), venue " + venue.position(p.symbol()));
            }
        }
        Map<String, Balance> venueBalances = new HashMap<>();
        venueBalanceList.forEach(b -> venueBalances.put(b.asset(), b));
        for (Balance b : ours.balances()) {
            Balance v = venueBalances.get(b.asset());
            if (v == null || v.free().compareTo(b.free()) != 0 || v.locked().compareTo(b.locked()) != 0) {
                problems.add("balance " + b.asset() + ": ours " + b + ", venue " + v);
            }
        }
        return problems;
    }

    /** The paper venue's books read straight from its ledger, independently of the venue's own code. */
    private static final class VenueBooks {
        final Map<String, Integer> arrivals = new HashMap<>();
        final Map<String, OrderStatus> status = new HashMap<>();
        final Map<String, BigDecimal> filled = new HashMap<>();
        final Map<String, BigDecimal> qty = new HashMap<>();
        final List<Fill> fills = new ArrayList<>();

        static VenueBooks read(Path ledger) throws IOException {
            VenueBooks b = new VenueBooks();
            JournalCodec codec = new JournalCodec();
            List<String> lines = Files.readAllLines(ledger, StandardCharsets.UTF_8);
            for (String line : lines) {
                // One report per line; an accept or reject has the order's request before it, after a tab.
                List<EngineMessage> parts = new ArrayList<>();
                try {
                    for (String part : line.split("\t")) {
                        parts.add(codec.decode(part.getBytes(StandardCharsets.UTF_8)));
                    }
                } catch (RuntimeException torn) {
                    continue;   // a last line cut short by the kill was never delivered
                }
                for (EngineMessage m : parts) {
                    if (m instanceof Command.PlaceOrder p) {
                        b.arrivals.merge(p.request().clientOrderId(), 1, Integer::sum);
                        b.qty.put(p.request().clientOrderId(), p.request().qty());
                    } else if (m instanceof EngineMessage.VenueUpdate u) {
                        b.apply(u.event());
                    }
                }
            }
            return b;
        }

        private void apply(AccountEvent e) {
            if (e instanceof OrderAccepted a) {
                status.put(a.clientOrderId(), OrderStatus.ACCEPTED);
            } else if (e instanceof OrderRejected r) {
                status.put(r.clientOrderId(), OrderStatus.REJECTED);
            } else if (e instanceof OrderFilled f) {
                String id = f.fill().clientOrderId();
                fills.add(f.fill());
                BigDecimal total = filled.merge(id, f.fill().qty(), BigDecimal::add);
                status.put(id, total.compareTo(qty.get(id)) >= 0 ? OrderStatus.FILLED : OrderStatus.PARTIALLY_FILLED);
            } else if (e instanceof OrderCanceled c) {
                status.put(c.clientOrderId(), OrderStatus.CANCELED);
            } else if (e instanceof OrderExpired x) {
                status.put(x.clientOrderId(), OrderStatus.EXPIRED);
            }
        }

        BigDecimal position(String symbol) {
            BigDecimal p = BigDecimal.ZERO;
            for (Fill f : fills) {
                if (f.symbol().equals(symbol)) {
                    p = f.side() == Side.BUY ? p.add(f.qty()) : p.subtract(f.qty());
                }
            }
            return p;
        }
    }
}
