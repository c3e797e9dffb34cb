package dev.osprey.core.engine;

import dev.osprey.core.instrument.Instrument;
import dev.osprey.core.market.BookSnapshot;
import dev.osprey.core.market.Level;
import dev.osprey.core.market.Scaled;
import dev.osprey.core.oms.Orders;
import dev.osprey.core.order.Fill;
import dev.osprey.core.order.Liquidity;
import dev.osprey.core.order.Order;
import dev.osprey.core.order.OrderRequest;
import dev.osprey.core.order.OrderType;
import dev.osprey.core.order.Rejection;
import dev.osprey.core.order.Side;
import dev.osprey.core.order.TimeInForce;
import dev.osprey.core.portfolio.Portfolio;
import dev.osprey.core.risk.PreTradeRisk;
import dev.osprey.core.risk.RiskLimits;
import dev.osprey.core.venue.Balance;
import org.HdrHistogram.Histogram;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The cost of {@link PreTradeRisk#check} per order with every limit on, against the engine's own risk view
 * ({@link EngineRiskView}: balances valued at mids, positions, working orders, heat from protective stops) over a
 * desk with three instruments, two open positions, a protective stop and 20 working orders. Every order is an entry
 * that passes, so each one runs every limit (a refusal stops at its first broken limit and costs less). The order
 * clock moves 200 ms per order so the 10/s rate limit is checked but never hit. Each check is timed with
 * System.nanoTime (its ~20-30 ns overhead is included). Arguments: [warm-up orders] [measured orders], default
 * 500,000 and 2,000,000. See docs/benchmarks/risk-and-kill.md.
 */
public final class PreTradeCheckLatency {

    private PreTradeCheckLatency() {
    }

    public static void main(String[] args) {
        int warmups = args.length > 0 ? Integer.parseInt(args[0]) : 500_000;
        int measured = args.length > 1 ? Integer.parseInt(args[1]) : 2_000_000;
        Desk desk = new Desk();
        System.out.printf(Locale.ROOT, "JVM: %s %s, %d processors; %,d warm-up and %,d measured checks%n",
                System.getProperty("java.vm.name"), System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), warmups, measured);
        desk.run(warmups, new Histogram(3));
        Histogram h = new Histogram(3);
        long wall = System.nanoTime();
        desk.run(measured, h);
        wall = System.nanoTime() - wall;
        System.out.printf(Locale.ROOT, "pre-trade check, all limits on: p50 %.3f us, p99 %.3f us, p99.9 %.3f us, "
                        + "max %.1f us; %,.0f checks/s%n", h.getValueAtPercentile(50) / 1e3,
                h.getValueAtPercentile(99) / 1e3, h.getValueAtPercentile(99.9) / 1e3, h.getMaxValue() / 1e3,
                measured / (wall / 1e9));
    }

    /** Every limit set, loose enough that the benchmark's entries pass. */
    static RiskLimits allLimits() {
        return new RiskLimits(Set.of("BTCUSDT", "ETHUSDT", "BNBUSDT"), new BigDecimal("50"),
                Map.of("BTCUSDT", BigDecimal.ONE, "ETHUSDT", new BigDecimal("20"), "BNBUSDT", new BigDecimal("100")),
                new BigDecimal("5000"), new BigDecimal("5"), 10, 50, true, new BigDecimal("100"), new BigDecimal("20"),
                new BigDecimal("20000"), new BigDecimal("40"), 5, new BigDecimal("60"), new BigDecimal("90"),
                Set.of("USDT", "USDC", "FDUSD"));
    }

    private static final class Desk {
        final Map<String, Instrument> instruments = Map.of(
                "BTCUSDT", instrument("BTCUSDT", "BTC", "0.00001"),
                "ETHUSDT", instrument("ETHUSDT", "ETH", "0.0001"),
                "BNBUSDT", instrument("BNBUSDT", "BNB", "0.001"));
        final Portfolio portfolio = new Portfolio();
        final Orders orders = new Orders();
        final MarketBooks books = new MarketBooks(instruments.keySet());
        final PreTradeRisk risk = new PreTradeRisk(allLimits());
        final EngineRiskView view = new EngineRiskView(instruments.values(), portfolio, orders, books,
                () -> risk.limits().stablecoins());
        final List<OrderRequest> entries = new ArrayList<>();
        long nanos;

        Desk() {
            book("BTCUSDT", "60000.00", "60000.01");
            book("ETHUSDT", "2500.00", "2500.01");
            book("BNBUSDT", "500.00", "500.01");
            portfolio.updateBalances(List.of(new Balance("USDT", new BigDecimal("60000"), BigDecimal.ZERO),
                    new Balance("BTC", new BigDecimal("0.1"), BigDecimal.ZERO),
                    new Balance("ETH", new BigDecimal("2"), BigDecimal.ZERO)));
            portfolio.apply(new Fill("f1", "v1", "t1", "BTCUSDT", Side.BUY, new BigDecimal("59000"),
                    new BigDecimal("0.1"), BigDecimal.ZERO, "USDT", Liquidity.TAKER, 1));
            portfolio.apply(new Fill("f2", "v2", "t2", "ETHUSDT", Side.BUY, new BigDecimal("2400"),
                    new BigDecimal("2"), BigDecimal.ZERO, "USDT", Liquidity.TAKER, 1));
            orders.add(Order.submitted(new OrderRequest("stop", "BTCUSDT", Side.SELL, OrderType.STOP_MARKET,
                    new BigDecimal("0.1"), null, new BigDecimal("57000"), TimeInForce.GTC, 0L, false, true, null), 1));
            for (int i = 0; i < 20; i++) {
                orders.add(Order.submitted(new OrderRequest("w" + i, "BNBUSDT", Side.BUY, OrderType.LIMIT,
                        new BigDecimal("0.1"), new BigDecimal("480.00")), 1));
            }
            String[][] shapes = {{"BTCUSDT", "0.01", "59990.00"}, {"ETHUSDT", "0.1", "2499.00"},
                    {"BNBUSDT", "0.2", "499.00"}, {"BTCUSDT", "0.005", null}};
            for (int i = 0; i < 1024; i++) {
                String[] s = shapes[i % shapes.length];
                entries.add(new OrderRequest("e" + i, s[0], Side.BUY, s[2] == null ? OrderType.MARKET : OrderType.LIMIT,
                        new BigDecimal(s[1]), s[2] == null ? null : new BigDecimal(s[2])));
            }
        }

        void run(int n, Histogram h) {
            int refused = 0;
            for (int i = 0; i < n; i++) {
                OrderRequest r = entries.get(i & 1023);
                Instrument ins = instruments.get(r.symbol());
                BigDecimal value = r.qty().multiply(r.price() != null ? r.price() : books.mid(r.symbol()));
                nanos += 200_000_000L;
                long t0 = System.nanoTime();
                Optional<Rejection> out = risk.check(r, ins, value, null, nanos, view);
                risk.accepted(nanos);
                h.recordValue(System.nanoTime() - t0);
                if (out.isPresent()) {
                    refused++;
                    if (refused == 1) {
                        System.out.println("unexpected refusal: " + out.get().text());
                    }
                }
            }
            if (refused > 0) {
                throw new IllegalStateException(refused + " of " + n + " checks refused: the benchmark must pass");
            }
        }

        private void book(String symbol, String bid, String ask) {
            books.apply(new BookSnapshot(symbol, 1, List.of(new Level(Scaled.parse(bid), Scaled.ONE)),
                    List.of(new Level(Scaled.parse(ask), Scaled.ONE)), 1));
        }

        private static Instrument instrument(String symbol, String base, String lot) {
            return new Instrument(symbol, base, "USDT", new BigDecimal("0.01"), new BigDecimal(lot),
                    new BigDecimal(lot), new BigDecimal("9000"), new BigDecimal("5"));
        }
    }
}
