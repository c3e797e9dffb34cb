package dev.osprey.paper;

import dev.osprey.core.market.MarketEvent;
import dev.osprey.core.market.OrderBook;
import dev.osprey.core.market.Scaled;
import dev.osprey.core.order.OrderRequest;
import dev.osprey.core.order.OrderType;
import dev.osprey.core.order.Side;
import dev.osprey.core.order.TimeInForce;
import dev.osprey.core.venue.AccountEvent;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The same capture, config and orders (sent at the same market times) give the same reports, byte for byte. */
class CaptureDeterminismTest {
    private static final PaperAccountConfig ACCOUNT = new PaperAccountConfig(new BigDecimal("2"),
            new BigDecimal("10"), Map.of("USDT", new BigDecimal("1000000"), "BTC", BigDecimal.TEN),
            new PaperLatency(20, 15, 5));
    private static final long TICK = Scaled.parse("0.01");

    @Test
    void whenTheSameCaptureAndOrdersRunTwice_thenTheReportsAreTheSameByteForByte() {
        // Arrange
        List<MarketEvent> market = RecordedMarket.btcusdt();

        // Act
        String first = run(market, 7);
        String second = run(market, 7);

        // Assert
        String[] a = first.split("\n");
        String[] b = second.split("\n");
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            if (!a[i].equals(b[i])) {
                throw new AssertionError("report " + i + " differs:\n  " + a[i] + "\n  " + b[i]);
            }
        }
        assertArrayEquals(first.getBytes(StandardCharsets.UTF_8), second.getBytes(StandardCharsets.UTF_8));
        assertTrue(count(first, "OrderFilled[") > 100, "the script really trades: " + count(first, "OrderFilled["));
        assertTrue(count(first, "liquidity=MAKER") > 10, "resting orders fill through their queue");
        assertTrue(count(first, "OrderExpired[") > 10, "IOC and FOK remainders expire");
        assertTrue(count(first, "OrderCanceled[") > 10, "cancels take effect");
    }

    /** One pass: every 97th market event the script sends an order or a cancel near the touch it has seen. */
    private static String run(List<MarketEvent> market, long seed) {
        PaperMatcher matcher = new PaperMatcher(ACCOUNT, List.of(RecordedMarket.BTCUSDT));
        OrderBook touch = new OrderBook("BTCUSDT");
        Random random = new Random(seed);
        List<String> sent = new ArrayList<>();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < market.size(); i++) {
            MarketEvent event = market.get(i);
            touch.apply(event);
            write(out, matcher.apply(event));
            if (i % 97 == 0 && touch.bestBid() != OrderBook.NO_PRICE && touch.bestAsk() != OrderBook.NO_PRICE) {
                write(out, scriptStep(matcher, touch, random, sent));
            }
        }
        return out.toString();
    }

    private static List<AccountEvent> scriptStep(PaperMatcher matcher, OrderBook touch, Random random,
                                                 List<String> sent) {
        int action = random.nextInt(10);
        if (action >= 7 && !sent.isEmpty()) {
            // The latest orders are the ones most likely still working.
            return matcher.cancel("BTCUSDT", sent.get(Math.max(0, sent.size() - 1 - random.nextInt(3))));
        }
        Side side = random.nextBoolean() ? Side.BUY : Side.SELL;
        boolean buy = side == Side.BUY;
        long near = buy ? touch.bestBid() : touch.bestAsk();
        long far = buy ? touch.bestAsk() : touch.bestBid();
        long away = new long[] {0, 5, 500, 2_000}[random.nextInt(4)] * TICK;
        BigDecimal qty = BigDecimal.valueOf(1 + random.nextInt(50), 3);
        String id = "c" + sent.size();
        sent.add(id);
        OrderRequest r = switch (action) {
            case 3 -> limit(id, side, TimeInForce.IOC, qty, far, false);
            case 4 -> limit(id, side, TimeInForce.FOK, qty.multiply(BigDecimal.TEN), far, false);
            case 5 -> new OrderRequest(id, "BTCUSDT", side, OrderType.MARKET, qty, null);
            case 6 -> limit(id, side, TimeInForce.GTC, qty, far, true);
            default -> limit(id, side, TimeInForce.GTC, qty, buy ? near - away : near + away, false);
        };
        return matcher.place(r);
    }

    private static OrderRequest limit(String id, Side side, TimeInForce tif, BigDecimal qty, long price,
                                      boolean postOnly) {
        return new OrderRequest(id, "BTCUSDT", side, OrderType.LIMIT, qty, Scaled.toBigDecimal(price), null, tif, 0L,
                postOnly, false, null);
    }

    private static void write(StringBuilder out, List<AccountEvent> events) {
        for (AccountEvent e : events) {
            out.append(e).append('\n');
        }
    }

    private static int count(String text, String what) {
        return (text.length() - text.replace(what, "").length()) / what.length();
    }
}
