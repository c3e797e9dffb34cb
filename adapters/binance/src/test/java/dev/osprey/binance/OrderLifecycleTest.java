package dev.osprey.binance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.osprey.core.order.Liquidity;
import dev.osprey.core.order.OrderRequest;
import dev.osprey.core.order.RejectReason;
import dev.osprey.core.order.Side;
import dev.osprey.core.venue.AccountEvent;
import dev.osprey.core.venue.BalancesChanged;
import dev.osprey.core.venue.OrderAccepted;
import dev.osprey.core.venue.OrderCanceled;
import dev.osprey.core.venue.OrderExpired;
import dev.osprey.core.venue.OrderFilled;
import dev.osprey.core.venue.OrderRejected;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Orders through the REST API and their lifecycle through the user data stream, against the fake Binance. */
class OrderLifecycleTest {
    private final VenueFixture f = new VenueFixture();

    @AfterEach
    void close() {
        f.close();
    }

    private List<AccountEvent> of(String clientOrderId) {
        return f.events.all().stream().filter(e -> clientOrderId.equals(idOf(e))).toList();
    }

    private static String idOf(AccountEvent e) {
        if (e instanceof OrderAccepted a) {
            return a.clientOrderId();
        } else if (e instanceof OrderFilled x) {
            return x.fill().clientOrderId();
        } else if (e instanceof OrderCanceled c) {
            return c.clientOrderId();
        } else if (e instanceof OrderExpired x) {
            return x.clientOrderId();
        } else if (e instanceof OrderRejected r) {
            return r.clientOrderId();
        }
        return null;
    }

    @Test
    void whenALimitOrderFillsInTwoParts_thenAcceptedThenEachFillOnceWithItsTradeId() {
        // Arrange
        OrderRequest r = f.placeAccepted(f.limit(Side.BUY, "0.01", "60000"));
        // Act
        long t1 = f.fake.exchange.fill(r.clientOrderId(), "0.004", "60000", true);
        long t2 = f.fake.exchange.fill(r.clientOrderId(), "0.006", "59990", true);
        f.events.await(l -> l.stream().filter(OrderFilled.class::isInstance).count() == 2, VenueFixture.WAIT,
                "two fills");
        // Assert
        List<AccountEvent> mine = of(r.clientOrderId());
        assertEquals(3, mine.size(), mine.toString());
        assertTrue(mine.get(0) instanceof OrderAccepted);
        OrderFilled first = (OrderFilled) mine.get(1);
        OrderFilled second = (OrderFilled) mine.get(2);
        assertEquals(Long.toString(t1), first.fill().tradeId());
        assertEquals(Long.toString(t2), second.fill().tradeId());
        assertEquals(0, new BigDecimal("0.006").compareTo(second.fill().qty()));
        assertEquals(0, new BigDecimal("59990").compareTo(second.fill().price()));
        assertEquals(Liquidity.MAKER, second.fill().liquidity());
        assertEquals("BTC", second.fill().feeAsset());
        assertEquals(((OrderAccepted) mine.get(0)).venueOrderId(), second.fill().venueOrderId());
    }

    @Test
    void whenAWorkingOrderIsCancelled_thenCanceledOnceAndBalancesFollow() {
        // Arrange
        OrderRequest r = f.placeAccepted(f.limit(Side.BUY, "0.01", "60000"));
        // Act
        f.venue.orderEntry().cancel("BTCUSDT", r.clientOrderId());
        f.events.awaitFirst(OrderCanceled.class, c -> c.clientOrderId().equals(r.clientOrderId()), VenueFixture.WAIT);
        BalancesChanged usdt = f.events.awaitFirst(BalancesChanged.class, b -> b.balances().stream()
                .anyMatch(x -> x.asset().equals("USDT") && x.locked().signum() == 0
                        && x.free().compareTo(new BigDecimal("10000")) == 0), VenueFixture.WAIT);
        // Assert
        assertEquals(1, f.events.of(OrderCanceled.class).size());
        assertTrue(usdt.timeMs() > 0);
    }

    @Test
    void whenAMarketOrderOutrunsTheBook_thenItsFillsComeThenTheRestExpires() {
        // Arrange
        f.fake.exchange.marketLiquidity = new BigDecimal("0.003");
        OrderRequest r = f.market(Side.BUY, "0.005");
        // Act
        f.venue.orderEntry().place(r);
        f.events.awaitFirst(OrderExpired.class, x -> x.clientOrderId().equals(r.clientOrderId()), VenueFixture.WAIT);
        // Assert
        List<AccountEvent> mine = of(r.clientOrderId());
        assertEquals(3, mine.size(), mine.toString());
        assertTrue(mine.get(0) instanceof OrderAccepted);
        OrderFilled fill = (OrderFilled) mine.get(1);
        assertEquals(0, new BigDecimal("0.003").compareTo(fill.fill().qty()));
        assertEquals(Liquidity.TAKER, fill.fill().liquidity());
        assertTrue(mine.get(2) instanceof OrderExpired);
    }

    @Test
    void whenBinanceExpiresARestingOrder_thenOrderExpired() {
        // Arrange
        OrderRequest r = f.placeAccepted(f.limit(Side.SELL, "0.01", "70000"));
        // Act
        f.fake.exchange.expire(r.clientOrderId());
        OrderExpired x = f.events.awaitFirst(OrderExpired.class, e -> e.clientOrderId().equals(r.clientOrderId()),
                VenueFixture.WAIT);
        // Assert
        assertEquals("expired by Binance", x.reason());
    }

    @Test
    void whenTheBalanceIsShort_thenRejectedForInsufficientBalance() {
        // Arrange
        OrderRequest r = f.limit(Side.BUY, "1", "60000");
        // Act
        f.venue.orderEntry().place(r);
        OrderRejected rej = f.events.awaitFirst(OrderRejected.class, e -> e.clientOrderId().equals(r.clientOrderId()),
                VenueFixture.WAIT);
        // Assert
        assertEquals(RejectReason.INSUFFICIENT_BALANCE, rej.rejection().reason());
        assertTrue(rej.rejection().detail().contains("-2010"), rej.rejection().detail());
    }

    @Test
    void whenAllOrdersAreCancelled_thenTheFutureCountsThem() throws Exception {
        // Arrange
        f.placeAccepted(f.limit(Side.BUY, "0.01", "50000"));
        f.placeAccepted(f.limit(Side.SELL, "0.01", "70000"));
        // Act
        int cancelled = f.venue.orderEntry().cancelAll(null).get(5, java.util.concurrent.TimeUnit.SECONDS);
        f.events.await(l -> l.stream().filter(OrderCanceled.class::isInstance).count() == 2, VenueFixture.WAIT,
                "two cancels");
        // Assert
        assertEquals(2, cancelled);
        assertEquals(0, f.venue.orderEntry().cancelAll("BTCUSDT").get(5, java.util.concurrent.TimeUnit.SECONDS));
    }
}
