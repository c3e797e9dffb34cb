package dev.osprey.core.report;

import ch.qos.logback.classic.Level;
import dev.osprey.core.alert.AlertRules;
import dev.osprey.core.alert.AlertSettings;
import dev.osprey.core.engine.DeskMetrics;
import dev.osprey.core.engine.EngineSnapshot;
import dev.osprey.core.engine.ModeView;
import dev.osprey.core.gate.OrderGate;
import dev.osprey.core.gate.TradingState;
import dev.osprey.core.journal.JournalCodec;
import dev.osprey.core.journal.JournalDatabase;
import dev.osprey.core.journal.JournalWriter;
import dev.osprey.core.journal.StateRow;
import dev.osprey.core.order.Fill;
import dev.osprey.core.order.Liquidity;
import dev.osprey.core.order.Order;
import dev.osprey.core.order.OrderRequest;
import dev.osprey.core.order.OrderStatus;
import dev.osprey.core.order.OrderType;
import dev.osprey.core.order.Side;
import dev.osprey.core.order.TimeInForce;
import dev.osprey.core.venue.Balance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * Figures for docs/benchmarks/alerts-reports.md: a monthly report over a journal of N fills (read, build, write),
 * and one pass of the alert rules over a snapshot of a busy session. Not a unit test: run it by hand.
 *
 * <p>Arguments: {@code [fills, default 100000] [work dir, default target/report-bench]}.
 */
public final class ReportBench {
    private static final long AUG_1 = Instant.parse("2024-08-01T00:00:00Z").toEpochMilli();

    private ReportBench() {
    }

    public static void main(String[] args) throws Exception {
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path dir = Path.of(args.length > 1 ? args[1] : "target/report-bench").toAbsolutePath();
        if (Files.exists(dir)) {
            try (Stream<Path> s = Files.walk(dir)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        System.out.printf("%d CPUs, %s %s, max heap %d MiB%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name"), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20);
        List<Fill> fills = fills(n);
        try (JournalDatabase db = JournalDatabase.open(dir.resolve("journal"));
             JournalWriter w = JournalWriter.start(db, new JournalCodec())) {
            CompletableFuture<Long> last = null;
            for (int i = 0; i < fills.size(); i++) {
                last = w.save(new StateRow.FillRow("paper", fills.get(i)));
                if (i % 10_000 == 9_999) {
                    last.get(); // the writer's queue is bounded
                }
            }
            last.get();
        }
        ReportBuilder builder = new ReportBuilder(ReportFixture.INSTRUMENTS, new BigDecimal("1000000"));
        ReportPeriod month = ReportPeriod.monthly(YearMonth.of(2024, 8));
        long[] read = new long[7];
        long[] build = new long[7];
        long[] write = new long[7];
        TradingReport r = null;
        for (int i = 0; i < read.length; i++) {
            long t0 = System.nanoTime();
            List<Fill> loaded;
            try (Connection c = JournalDatabase.connectReadOnly(dir.resolve("journal"))) {
                loaded = new JournalFills(new JournalCodec()).read(c, month.toMs());
            }
            long t1 = System.nanoTime();
            r = builder.build(loaded, month);
            long t2 = System.nanoTime();
            ReportFiles.write(r, dir.resolve("out"), Instant.now());
            long t3 = System.nanoTime();
            read[i] = t1 - t0;
            build[i] = t2 - t1;
            write[i] = t3 - t2;
        }
        System.out.printf("monthly report over %d fills (%d round trips): read %s, build %s, write %s (median of %d,"
                + " first run: read %d ms, build %d ms, write %d ms); HTML %d KiB%n", n, r.trades().size(), ms(read),
                ms(build), ms(write), read.length, read[0] / 1_000_000, build[0] / 1_000_000, write[0] / 1_000_000,
                Files.size(dir.resolve("out").resolve(month.name() + ".html")) >> 10);
        alertPass();
    }

    /** Round trips on two symbols through August, a buy then a sell of the same quantity, 10 bps fees. */
    private static List<Fill> fills(int n) {
        Random rnd = new Random(42);
        List<Fill> out = new ArrayList<>(n);
        long step = 30L * 86_400_000L / n;
        for (int i = 0; i + 1 < n; i += 2) {
            String symbol = rnd.nextBoolean() ? "BTCUSDT" : "ETHUSDT";
            double base = symbol.equals("BTCUSDT") ? 60_000 : 2_500;
            BigDecimal qty = symbol.equals("BTCUSDT") ? new BigDecimal("0.01") : new BigDecimal("0.2");
            BigDecimal buy = BigDecimal.valueOf(Math.round(base * (1 + rnd.nextGaussian() * 0.01) * 100), 2);
            BigDecimal sell = BigDecimal.valueOf(Math.round(buy.doubleValue() * (1 + rnd.nextGaussian() * 0.002) * 100),
                    2);
            out.add(fill("b" + i, symbol, Side.BUY, buy, qty, AUG_1 + i * step));
            out.add(fill("s" + i, symbol, Side.SELL, sell, qty, AUG_1 + (i + 1) * step));
        }
        return out;
    }

    private static Fill fill(String id, String symbol, Side side, BigDecimal price, BigDecimal qty, long t) {
        return new Fill(id, "v" + id, "t" + id, symbol, side, price, qty,
                price.multiply(qty).multiply(new BigDecimal("0.001")), "USDT", Liquidity.TAKER, t);
    }

    /** The rules' cost per snapshot with 10,000 orders and 500 fills, as the watch thread pays it 10 times a second. */
    private static void alertPass() {
        List<Order> orders = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            OrderRequest r = new OrderRequest("o" + i, "BTCUSDT", Side.BUY, OrderType.LIMIT, new BigDecimal("0.01"),
                    new BigDecimal("60000"), null, TimeInForce.GTC, 0L, false, false, null);
            orders.add(Order.submitted(r, AUG_1).withStatus(i % 10 == 0 ? OrderStatus.REJECTED : OrderStatus.ACCEPTED,
                    "", AUG_1 + 40));
        }
        List<Fill> fills = fills(500);
        AlertRules rules = new AlertRules(new AlertSettings(1000, 10_000, BigDecimal.ONE, new BigDecimal("0.8"),
                Set.of("USDT")));
        OrderGate.Change active = new OrderGate.Change(TradingState.ACTIVE, "system", "start", 0);
        List<Balance> balances = List.of(new Balance("USDT", new BigDecimal("10000"), BigDecimal.ZERO));
        long[] ns = new long[2_000];
        for (int i = 0; i < ns.length; i++) {
            EngineSnapshot s = new EngineSnapshot(i + 1, AUG_1, active, Map.of(), orders, fills, List.of(), balances,
                    0, "", List.of(), ModeView.paper(), Map.of(), List.of(), 0,
                DeskMetrics.none());
            long t0 = System.nanoTime();
            rules.observe(s, i * 100L);
            ns[i] = System.nanoTime() - t0;
        }
        long[] steady = Arrays.copyOfRange(ns, 1_000, ns.length);
        Arrays.sort(steady);
        System.out.printf("alert rules over a snapshot of 10,000 orders and 500 fills: p50 %.3f ms, p99 %.3f ms "
                + "(after 1,000 warm-up passes); first pass %.1f ms%n", steady[steady.length / 2] / 1e6,
                steady[steady.length * 99 / 100] / 1e6, ns[0] / 1e6);
    }

    private static String ms(long[] ns) {
        long[] s = ns.clone();
        Arrays.sort(s);
        return (s[s.length / 2] / 1_000_000) + " ms";
    }
}
