package dev.osprey.paper;

import dev.osprey.core.instrument.Instrument;
import dev.osprey.core.market.BookDelta;
import dev.osprey.core.market.BookSnapshot;
import dev.osprey.core.market.Level;
import dev.osprey.core.market.Scaled;
import dev.osprey.core.market.TradePrint;
import dev.osprey.core.order.Fill;
import dev.osprey.core.order.OrderRequest;
import dev.osprey.core.order.OrderType;
import dev.osprey.core.order.Side;
import dev.osprey.core.order.TimeInForce;
import dev.osprey.core.venue.AccountEvent;
import dev.osprey.core.venue.Balance;
import dev.osprey.core.venue.BalancesChanged;
import dev.osprey.core.venue.OrderFilled;
import dev.osprey.core.venue.VenueState;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Hand-built instruments, books, trades and orders for the paper venue tests. */
final class PaperFixtures {
    static final String BTC = "BTCUSDT";
    static final String ETH = "ETHUSDT";
    static final Instrument BTCUSDT = spot(BTC, "BTC");
    static final Instrument ETHUSDT = spot(ETH, "ETH");

    /** Maker and taker rates differ so a test can tell which one was charged. */
    static final PaperAccountConfig ACCOUNT = new PaperAccountConfig(new BigDecimal("2"), new BigDecimal("10"),
            Map.of("USDT", new BigDecimal("10000"), "BTC", new BigDecimal("1"), "ETH", BigDecimal.ZERO));

    private PaperFixtures() {
    }

    static PaperMatcher matcher() {
        return new PaperMatcher(ACCOUNT, List.of(BTCUSDT, ETHUSDT));
    }

    static PaperMatcher matcher(PaperLatency latency) {
        return new PaperMatcher(ACCOUNT.withLatency(latency), List.of(BTCUSDT, ETHUSDT));
    }

    static Level level(String price, String qty) {
        return new Level(Scaled.parse(price), Scaled.parse(qty));
    }

    static BookSnapshot book(String symbol, List<Level> bids, List<Level> asks, long timeMs) {
        return new BookSnapshot(symbol, 1, bids, asks, timeMs);
    }

    static BookDelta askDelta(String symbol, Level ask, long timeMs) {
        return new BookDelta(symbol, 2, 2, List.of(), List.of(ask), timeMs);
    }

    static BookDelta bidDelta(String symbol, Level bid, long timeMs) {
        return new BookDelta(symbol, 2, 2, List.of(bid), List.of(), timeMs);
    }

    /** A buyer lifting the offers (the buyer is the taker). */
    static TradePrint trade(String symbol, String price, String qty, long timeMs) {
        return new TradePrint(symbol, timeMs, Scaled.parse(price), Scaled.parse(qty), false, timeMs, timeMs);
    }

    /** A seller hitting the bids (the buyer is the maker): works through the bid queue at that price. */
    static TradePrint sellerHits(String price, String qty, long timeMs) {
        return new TradePrint(BTC, timeMs, Scaled.parse(price), Scaled.parse(qty), true, timeMs, timeMs);
    }

    /** A depth update with no change: only market time moves. */
    static BookDelta tick(long timeMs) {
        return new BookDelta(BTC, 3, 3, List.of(), List.of(), timeMs);
    }

    static OrderRequest market(String id, Side side, String qty) {
        return new OrderRequest(id, BTC, side, OrderType.MARKET, new BigDecimal(qty), null);
    }

    static OrderRequest limit(String id, Side side, String qty, String price) {
        return limit(id, BTC, side, qty, price);
    }

    static OrderRequest limit(String id, String symbol, Side side, String qty, String price) {
        return new OrderRequest(id, symbol, side, OrderType.LIMIT, new BigDecimal(qty), new BigDecimal(price));
    }

    static OrderRequest order(String id, Side side, OrderType type, TimeInForce tif, String qty, String price,
                              boolean postOnly) {
        return new OrderRequest(id, BTC, side, type, new BigDecimal(qty), price == null ? null : new BigDecimal(price),
                null, tif, 0L, postOnly, false, null);
    }

    static List<Fill> fills(List<AccountEvent> events) {
        return events.stream().filter(e -> e instanceof OrderFilled).map(e -> ((OrderFilled) e).fill()).toList();
    }

    static <T extends AccountEvent> List<T> only(List<AccountEvent> events, Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** The balance a BalancesChanged in {@code events} reported for {@code asset}. */
    static Balance reported(List<AccountEvent> events, String asset) {
        return only(events, BalancesChanged.class).stream().flatMap(b -> b.balances().stream())
                .filter(b -> b.asset().equals(asset)).reduce((first, last) -> last)
                .orElseThrow(() -> new AssertionError("no balance reported for " + asset + " in " + events));
    }

    static Balance balance(VenueState state, String asset) {
        return state.balances().stream().filter(b -> b.asset().equals(asset)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + asset + " balance in " + state));
    }

    /** Compares amounts by value, so 100.1 equals 100.10000000. */
    static void assertAmount(String expected, BigDecimal actual, String what) {
        assertEquals(dec(expected).stripTrailingZeros().toPlainString(),
                actual == null ? null : actual.stripTrailingZeros().toPlainString(), what);
    }

    static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    private static Instrument spot(String symbol, String base) {
        return new Instrument(symbol, base, "USDT", dec("0.01"), dec("0.00001"), dec("0.00001"), dec("9000"),
                dec("5"));
    }
}
