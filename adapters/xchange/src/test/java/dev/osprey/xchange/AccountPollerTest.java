package dev.osprey.xchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.osprey.core.order.OrderRequest;
import dev.osprey.core.order.OrderType;
import dev.osprey.core.order.Side;
import dev.osprey.core.venue.AccountEvent;
import dev.osprey.core.venue.ApiCallFailed;
import dev.osprey.core.venue.OrderRejected;
import dev.osprey.core.venue.VenueHeartbeat;
import dev.osprey.core.venue.Balance;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.knowm.xchange.currency.CurrencyPair;
import org.knowm.xchange.exceptions.ExchangeException;

/** One poll pass at a time, on a fixed clock: what a pass asks and what it tells the engine. */
class AccountPollerTest {
    private final AtomicInteger openOrderCalls = new AtomicInteger();
    private final AtomicInteger clientIdQueries = new AtomicInteger();
    private final List<AccountEvent> events = new ArrayList<>();
    private RuntimeException openOrdersFailure;
    private Clock clock = Clock.fixed(Instant.ofEpochMilli(1_000_000), ZoneOffset.UTC);

    private final AccountApi api = new AccountApi() {
        @Override
        public String clientRef(String clientOrderId) {
            return clientOrderId;
        }

        @Override
        public String place(OrderRequest request, CurrencyPair pair) {
            throw new AssertionError("the poller never places");
        }

        @Override
        public void cancel(String venueOrderId) {
            throw new AssertionError("the poller never cancels");
        }

        @Override
        public List<OrderReport> openOrders() {
            openOrderCalls.incrementAndGet();
            if (openOrdersFailure != null) {
                throw openOrdersFailure;
            }
            return List.of();
        }

        @Override
        public List<OrderReport> orders(Collection<String> venueOrderIds) {
            return List.of();
        }

        @Override
        public List<VenueFill> fills(OrderReport order) {
            return List.of();
        }

        @Override
        public Optional<OrderReport> byClientId(String clientOrderId, CurrencyPair pair) {
            clientIdQueries.incrementAndGet();
            return Optional.empty();
        }

        @Override
        public List<Balance> balances() throws IOException {
            return List.of();
        }
    };

    private AccountPoller poller(OrderBookkeeper book) {
        VenueLoop loop = new VenueLoop("test");
        loop.subscribe(events::add);
        return new AccountPoller("Kraken", new KeyedAccount(k -> api, new VenueKeys("k", "s", null)), book,
                new BalanceMemory(), loop, new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return clock.instant();
            }
        }, 2000);
    }

    @Test
    void whenKrakenSaysRateLimit_thenNoPollGoesOutUntilThePauseIsOver() {
        AccountPoller p = poller(new OrderBookkeeper("Kraken"));
        openOrdersFailure = new ExchangeException("EAPI:Rate limit exceeded");

        p.pass();
        p.pass();
        assertEquals(1, openOrderCalls.get(), "the second pass stays quiet");
        assertTrue(events.get(0) instanceof ApiCallFailed f && f.error().contains("rate limited"), events.toString());

        openOrdersFailure = null;
        clock = Clock.offset(clock, java.time.Duration.ofMillis(AccountPoller.RATE_LIMIT_PAUSE_MS));
        p.pass();
        assertEquals(2, openOrderCalls.get());
        assertTrue(events.get(events.size() - 1) instanceof VenueHeartbeat);
    }

    @Test
    void whenAnOrderOfUnknownOutcomeIsNeverFound_thenItIsRejectedAsNeverPlacedAfterTheLimit() {
        OrderBookkeeper book = new OrderBookkeeper("Kraken");
        KnownOrder o = book.track(new OrderRequest("osp-x-1", "BTCUSDT", Side.BUY, OrderType.LIMIT, BigDecimal.ONE,
                BigDecimal.TEN), new CurrencyPair("BTC", "USDT"));
        o.outcomeUnknown = true;
        AccountPoller p = poller(book);

        for (int i = 0; i < AccountPoller.UNKNOWN_LIMIT; i++) {
            p.pass();
        }

        assertEquals(AccountPoller.UNKNOWN_LIMIT, clientIdQueries.get());
        OrderRejected r = events.stream().filter(OrderRejected.class::isInstance).map(OrderRejected.class::cast)
                .findFirst().orElseThrow();
        assertTrue(r.rejection().text().contains("never placed"), r.rejection().text());
        p.pass();
        assertEquals(AccountPoller.UNKNOWN_LIMIT, clientIdQueries.get(), "a finished order is not asked about");
    }
}
