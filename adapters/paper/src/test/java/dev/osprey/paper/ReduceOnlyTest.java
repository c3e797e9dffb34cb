package dev.osprey.paper;

import dev.osprey.core.engine.Command;
import dev.osprey.core.market.TradePrint;
import dev.osprey.core.order.OrderRequest;
import dev.osprey.core.order.OrderStatus;
import dev.osprey.core.order.OrderType;
import dev.osprey.core.order.RejectReason;
import dev.osprey.core.order.Side;
import dev.osprey.core.order.TimeInForce;
import dev.osprey.core.portfolio.Position;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static dev.osprey.paper.PaperFixtures.BTC;
import static dev.osprey.paper.PaperFixtures.assertAmount;
import static dev.osprey.paper.PaperFixtures.balance;
import static dev.osprey.paper.PaperFixtures.book;
import static dev.osprey.paper.PaperFixtures.level;
import static dev.osprey.paper.PaperFixtures.market;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reduce-only through the engine and the paper venue: the venue ignores the flag (spot has none), the engine not. */
class ReduceOnlyTest {
    private final SyncDesk desk = new SyncDesk(PaperFixtures.ACCOUNT, List.of(PaperFixtures.BTCUSDT));

    /** Bids 99 x10, asks 101 x10, last trade 100; then a market buy of 1 makes us long 1. */
    private void givenLongOne() {
        desk.market(book(BTC, List.of(level("99.00", "10")), List.of(level("101.00", "10")), 1_000));
        desk.market(trade("100.00", 1_001));
        desk.send(new Command.PlaceOrder(market("entry", Side.BUY, "1")));
        assertAmount("1", position(), "long 1");
    }

    @Test
    void whenReduceOnlySellIsLargerThanTheLongPosition_thenRefusedAndNothingReachesTheVenue() {
        // Arrange
        givenLongOne();

        // Act
        desk.send(new Command.PlaceOrder(reduceOnly("r1", OrderType.MARKET, "2", null)));

        // Assert
        assertEquals(OrderStatus.REJECTED, status("r1"));
        assertTrue(desk.engine.order("r1").orElseThrow().reason()
                .startsWith(RejectReason.REDUCE_ONLY_WOULD_INCREASE.message()));
        assertAmount("2", balance(desk.matcher.state(), "BTC").free(), "1 held + 1 bought, nothing sold");
        assertAmount("1", position(), "still long 1");
    }

    @Test
    void whenReduceOnlyClosesThePosition_thenTheNextReduceOnlyIsRefusedRatherThanGoShort() {
        // Arrange
        givenLongOne();
        desk.send(new Command.PlaceOrder(reduceOnly("r1", OrderType.MARKET, "1", null)));

        // Act
        desk.send(new Command.PlaceOrder(reduceOnly("r2", OrderType.MARKET, "0.5", null)));

        // Assert
        assertEquals(OrderStatus.FILLED, status("r1"));
        assertEquals(OrderStatus.REJECTED, status("r2"));
        assertAmount("0", position(), "flat, not short");
    }

    @Test
    void whenAReduceOnlyStopTriggersAfterThePositionWasClosed_thenItIsCanceledInsteadOfFlippingThePosition() {
        // Arrange
        givenLongOne();
        desk.send(new Command.PlaceOrder(new OrderRequest("sl", BTC, Side.SELL, OrderType.STOP_MARKET,
                BigDecimal.ONE, null, new BigDecimal("98.00"), TimeInForce.GTC, 0L, false, true, null)));
        desk.send(new Command.PlaceOrder(market("exit", Side.SELL, "1")));

        // Act
        desk.market(trade("98.00", 2_000));

        // Assert
        assertEquals(OrderStatus.CANCELED, status("sl"));
        assertAmount("0", position(), "the stop did not sell what was no longer held");
        assertAmount("1", balance(desk.matcher.state(), "BTC").free(), "back to the opening 1");
    }

    private OrderRequest reduceOnly(String id, OrderType type, String qty, String price) {
        return new OrderRequest(id, BTC, Side.SELL, type, new BigDecimal(qty), price == null ? null
                : new BigDecimal(price), null, OrderRequest.defaultTif(type), 0L, false, true, null);
    }

    private static TradePrint trade(String price, long timeMs) {
        return PaperFixtures.sellerHits(price, "0.1", timeMs);
    }

    private OrderStatus status(String id) {
        return desk.engine.order(id).orElseThrow().status();
    }

    private BigDecimal position() {
        return desk.engine.portfolio().position(BTC).map(Position::qty).orElse(BigDecimal.ZERO);
    }
}
