package dev.osprey.xchange;

import static dev.osprey.xchange.CoinbasePayloads.ORDER_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.osprey.core.instrument.Instrument;
import dev.osprey.core.order.Fill;
import dev.osprey.core.order.Liquidity;
import dev.osprey.core.order.OrderRequest;
import dev.osprey.core.order.OrderStatus;
import dev.osprey.core.order.OrderType;
import dev.osprey.core.order.RejectReason;
import dev.osprey.core.order.Side;
import dev.osprey.core.venue.ApiCallFailed;
import dev.osprey.core.venue.Balance;
import dev.osprey.core.venue.OrderAccepted;
import dev.osprey.core.venue.OrderCanceled;
import dev.osprey.core.venue.OrderFilled;
import dev.osprey.core.venue.OrderRejected;
import dev.osprey.core.venue.VenueHeartbeat;
import dev.osprey.core.venue.VenueOrder;
import dev.osprey.core.venue.VenueState;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Coinbase trading through XChange against a fake Coinbase Exchange API on 127.0.0.1. */
class CoinbaseVenueTest {
    static final Instrument BTCUSD = new Instrument("BTCUSD", "BTC", "USD", new BigDecimal("0.1"),
            new BigDecimal("0.0001"), new BigDecimal("0.0001"), new BigDecimal("100"), BigDecimal.ONE);
    static final String ID = "osp-test-1";

    private final AccountEvents events = new AccountEvents();
    private FakeVenueServer coinbase;
    private XChangeVenue venue;

    @BeforeEach
    void start() {
        coinbase = FakeVenueServer.coinbase();
        coinbase.route("GET /orders", "[]");
        coinbase.route("POST /orders", CoinbasePayloads.order("pending", "0", null));
        coinbase.route("/accounts", FakeVenueServer.load("coinbase-accounts.json"));
        venue = XChangeVenues.create(XChangeSource.COINBASE, coinbase.url(),
                new VenueKeys("coinbase-test-key", "c2VjcmV0LWZvci10ZXN0cy1vbmx5", "test-passphrase"),
                Duration.ofMillis(50), List.of(BTCUSD));
        venue.subscribe(events::add);
    }

    @AfterEach
    void stop() {
        venue.close();
        coinbase.close();
    }

    private static OrderRequest buy(String id) {
        return new OrderRequest(id, "BTCUSD", Side.BUY, OrderType.LIMIT, new BigDecimal("0.01"),
                new BigDecimal("60000"));
    }

    private void resting(String status, String filled, String doneReason) {
        String o = CoinbasePayloads.order(status, filled, doneReason);
        coinbase.route("/orders/" + ORDER_ID, o);
        coinbase.route("GET /orders", "done".equals(status) ? "[]" : "[" + o + "]");
    }

    @Test
    void whenStarted_thenTheProductsIncrementsAndMinimumFundsAreTheRules() throws Exception {
        Instrument rules = venue.start().get(0);

        assertEquals(new BigDecimal("0.01"), rules.tickSize(), "quote_increment");
        assertEquals(new BigDecimal("0.00000001"), rules.lotStep(), "base_increment");
        assertEquals(new BigDecimal("0.00000001"), rules.minQty(), "no base_min_size: the step");
        assertEquals(0, BigDecimal.ONE.compareTo(rules.minNotional()), "min_market_funds");
    }

    @Test
    void whenALimitBuyFillsInTwoTrades_thenAcceptedThenEachFillWithItsFeeAndLiquidity() throws Exception {
        venue.start();
        resting("open", "0", null);
        venue.orderEntry().place(buy(ID));
        assertEquals(ORDER_ID, events.awaitCount(OrderAccepted.class, 1, "accepted").get(0).venueOrderId());
        String sent = coinbase.calls().stream().filter(c -> c.startsWith("POST /orders")).findFirst().orElseThrow();
        assertTrue(sent.contains("\"client_oid\":\"" + ClientRefs.coinbaseClientOid(ID) + "\"")
                && sent.contains("\"product_id\":\"BTC-USD\""), sent);

        coinbase.route("/fills", CoinbasePayloads.fills(1));
        resting("open", "0.00400000", null);
        Fill first = events.awaitCount(OrderFilled.class, 1, "partial").get(0).fill();
        assertEquals(0, new BigDecimal("0.004").compareTo(first.qty()));
        assertEquals(Liquidity.TAKER, first.liquidity());
        assertEquals("USD", first.feeAsset());

        coinbase.route("/fills", CoinbasePayloads.fills(2));
        resting("done", "0.01000000", "filled");
        Fill second = events.awaitCount(OrderFilled.class, 2, "filled").get(1).fill();

        assertEquals(0, new BigDecimal("0.006").compareTo(second.qty()));
        assertEquals(Liquidity.MAKER, second.liquidity());
        assertEquals(0, new BigDecimal("0.216").compareTo(second.fee()));
        assertTrue(coinbase.calls().stream().anyMatch(c -> c.equals("/fills?order_id=" + ORDER_ID)),
                coinbase.calls().toString());
        assertEquals(List.of(), events.all(OrderCanceled.class));
    }

    @Test
    void whenCancelledBeforeAnyFill_thenCoinbaseForgettingTheOrderStillEndsItCanceled() throws Exception {
        venue.start();
        resting("open", "0", null);
        venue.orderEntry().place(buy(ID));
        events.awaitCount(OrderAccepted.class, 1, "accepted");

        coinbase.route("DELETE /orders/" + ORDER_ID, "\"" + ORDER_ID + "\"");
        coinbase.route("GET /orders/" + ORDER_ID, 404, CoinbasePayloads.message("NotFound"));
        coinbase.route("GET /orders", "[]");
        venue.orderEntry().cancel("BTCUSD", ID);

        OrderCanceled c = events.awaitCount(OrderCanceled.class, 1, "canceled").get(0);
        assertTrue(c.reason().contains("Coinbase"), c.reason());
    }

    @Test
    void whenCoinbaseSaysInsufficientFunds_thenTheOrderIsRejectedForThatReason() throws Exception {
        venue.start();
        coinbase.route("POST /orders", 400, CoinbasePayloads.message("Insufficient funds"));

        venue.orderEntry().place(buy(ID));

        OrderRejected r = events.awaitCount(OrderRejected.class, 1, "rejected").get(0);
        assertEquals(RejectReason.INSUFFICIENT_BALANCE, r.rejection().reason());
        events.awaitCount(VenueHeartbeat.class, 3, "later polls");
        assertEquals(List.of(), events.all(OrderAccepted.class));
    }

    @Test
    void whenCoinbaseRefusesThePrice_thenTheRejectionSaysPriceNotFunds() throws Exception {
        venue.start();
        coinbase.route("POST /orders", 400, CoinbasePayloads.message("price is too accurate. Smallest unit is "
                + "0.01000000"));

        venue.orderEntry().place(buy(ID));

        OrderRejected r = events.awaitCount(OrderRejected.class, 1, "rejected").get(0);
        assertEquals(RejectReason.VENUE_REJECTED, r.rejection().reason());
        assertTrue(r.rejection().text().contains("price refused"), r.rejection().text());
    }

    @Test
    void whenThePlaceCallGetsA5xx_thenTheOrderIsFoundByClientOidAndNeverSentAgain() throws Exception {
        venue.start();
        coinbase.route("POST /orders", 502, CoinbasePayloads.message("Bad gateway"));
        venue.orderEntry().place(buy(ID));
        events.awaitCount(ApiCallFailed.class, 1, "the failed place");

        coinbase.route("/orders/client:" + ClientRefs.coinbaseClientOid(ID), CoinbasePayloads.order("open", "0",
                null));
        resting("open", "0", null);
        OrderAccepted a = events.awaitCount(OrderAccepted.class, 1, "accepted after the query").get(0);

        assertEquals(ORDER_ID, a.venueOrderId());
        assertEquals(1, coinbase.count("POST", "/orders"), "never resent");
        assertEquals(List.of(), events.all(OrderRejected.class));
    }

    @Test
    void whenAskedByClientOrderId_thenTheOrderAndItsFillsComeBack_orNothingWhenCoinbaseHasNone() throws Exception {
        venue.start();
        coinbase.route("/orders/client:" + ClientRefs.coinbaseClientOid("osp-old-7"),
                CoinbasePayloads.order("done", "0.01000000", "filled"));
        coinbase.route("/fills", CoinbasePayloads.fills(2));

        VenueOrder found = venue.queryOrder("BTCUSD", "osp-old-7").orElseThrow();

        assertEquals(OrderStatus.FILLED, found.order().status());
        assertEquals(2, found.fills().size());
        assertEquals(0, new BigDecimal("60000").compareTo(found.order().avgFillPrice()));
        assertEquals(Optional.empty(), venue.queryOrder("BTCUSD", "osp-never-sent"));
    }

    @Test
    void whenTheStateIsFetched_thenAvailableIsFreeAndHoldIsLocked() throws Exception {
        venue.start();
        resting("open", "0", null);

        VenueState state = venue.fetchState();

        assertTrue(state.balances().contains(new Balance("USD", new BigDecimal("400.00"), new BigDecimal("600.00"))),
                state.balances().toString());
        assertEquals(1, state.openOrders().size());
        assertEquals("coinbase-" + ORDER_ID, state.openOrders().get(0).clientOrderId());
    }
}
