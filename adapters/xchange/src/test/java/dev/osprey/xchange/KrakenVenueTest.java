package dev.osprey.xchange;

import static dev.osprey.xchange.KrakenPayloads.TXID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.osprey.core.instrument.Instrument;
import dev.osprey.core.order.Fill;
import dev.osprey.core.order.OrderRequest;
import dev.osprey.core.order.OrderStatus;
import dev.osprey.core.order.OrderType;
import dev.osprey.core.order.RejectReason;
import dev.osprey.core.order.Side;
import dev.osprey.core.venue.ApiCallFailed;
import dev.osprey.core.venue.Balance;
import dev.osprey.core.venue.OrderAccepted;
import dev.osprey.core.venue.OrderCanceled;
import dev.osprey.core.venue.OrderExpired;
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

/** Kraken trading through XChange against a fake Kraken on 127.0.0.1 serving Kraken's recorded answer shapes. */
class KrakenVenueTest {
    static final Instrument BTCUSDT = new Instrument("BTCUSDT", "BTC", "USDT", new BigDecimal("0.01"),
            new BigDecimal("0.00001"), new BigDecimal("0.00001"), new BigDecimal("100"), BigDecimal.ONE);
    static final String ID = "osp-test-1";

    private final AccountEvents events = new AccountEvents();
    private FakeVenueServer kraken;
    private XChangeVenue venue;

    @BeforeEach
    void start() throws Exception {
        kraken = FakeVenueServer.kraken();
        kraken.route("/0/private/OpenOrders", KrakenPayloads.open());
        kraken.route("/0/private/ClosedOrders", KrakenPayloads.closed());
        kraken.route("/0/private/Balance", FakeVenueServer.load("kraken-balance.json"));
        kraken.route("/0/private/AddOrder", FakeVenueServer.load("kraken-add-order.json"));
        kraken.route("/0/private/CancelOrder", FakeVenueServer.load("kraken-cancel-order.json"));
        venue = XChangeVenues.create(XChangeSource.KRAKEN, kraken.url(),
                new VenueKeys("kraken-test-key", "c2VjcmV0LWZvci10ZXN0cy1vbmx5", null), Duration.ofMillis(50),
                List.of(BTCUSDT));
        venue.subscribe(events::add);
    }

    @AfterEach
    void stop() {
        venue.close();
        kraken.close();
    }

    private static OrderRequest buy(String id) {
        return new OrderRequest(id, "BTCUSDT", Side.BUY, OrderType.LIMIT, new BigDecimal("0.01"),
                new BigDecimal("60000"));
    }

    private void restingOpen() {
        String open = KrakenPayloads.order(ID, "open", "0.00000000", null);
        kraken.route("/0/private/QueryOrders", KrakenPayloads.queried(open));
        kraken.route("/0/private/OpenOrders", KrakenPayloads.open(open));
    }

    @Test
    void whenStarted_thenKrakensOwnSymbolRulesReplaceTheConfiguredOnes() throws Exception {
        Instrument rules = venue.start().get(0);

        assertEquals(new BigDecimal("0.1"), rules.tickSize(), "pair_decimals 1");
        assertEquals(new BigDecimal("1E-8"), rules.lotStep(), "lot_decimals 8");
        assertEquals(new BigDecimal("0.0001"), rules.minQty(), "ordermin");
        assertEquals("BTCUSDT", rules.symbol());
    }

    @Test
    void whenALimitBuyRestsThenFillsInTwoTrades_thenAcceptedPartialAndFullFillsArriveWithTheirFees() throws Exception {
        venue.start();
        restingOpen();
        venue.orderEntry().place(buy(ID));
        assertEquals(TXID, events.awaitCount(OrderAccepted.class, 1, "accepted").get(0).venueOrderId());
        String sent = kraken.calls().stream().filter(c -> c.startsWith("POST /0/private/AddOrder")).findFirst()
                .orElseThrow();
        assertTrue(sent.contains("userref=" + ClientRefs.krakenUserref(ID)) && sent.contains("pair=XBTUSDT")
                && sent.contains("ordertype=limit") && sent.contains("price=60000"), sent);

        String partial = KrakenPayloads.order(ID, "open", "0.00400000", null, "kraken-trade-1");
        kraken.route("/0/private/QueryOrders", KrakenPayloads.queried(partial));
        kraken.route("/0/private/QueryTrades", KrakenPayloads.trades("kraken-trade-1"));
        kraken.route("/0/private/OpenOrders", KrakenPayloads.open(partial));
        Fill first = events.awaitCount(OrderFilled.class, 1, "the partial fill").get(0).fill();
        assertEquals(0, new BigDecimal("0.004").compareTo(first.qty()));
        assertEquals(0, new BigDecimal("0.384").compareTo(first.fee()));
        assertEquals("USDT", first.feeAsset());
        assertEquals(ID, first.clientOrderId());

        String done = KrakenPayloads.order(ID, "closed", "0.01000000", null, "kraken-trade-1", "kraken-trade-2");
        kraken.route("/0/private/QueryOrders", KrakenPayloads.queried(done));
        kraken.route("/0/private/QueryTrades", KrakenPayloads.trades("kraken-trade-1", "kraken-trade-2"));
        kraken.route("/0/private/OpenOrders", KrakenPayloads.open());
        List<OrderFilled> fills = events.awaitCount(OrderFilled.class, 2, "the last fill");

        assertEquals(0, new BigDecimal("0.006").compareTo(fills.get(1).fill().qty()));
        assertEquals(2, events.all(OrderFilled.class).size(), "trade 1 is not passed on twice");
        assertEquals(List.of(), events.all(OrderCanceled.class));
        assertEquals(List.of(), events.all(OrderExpired.class));
    }

    @Test
    void whenTheKeyIsRemovedAndStoredAgain_thenOrdersAreRefusedThenSentWithoutARestart() throws Exception {
        venue.start();
        restingOpen();
        venue.useKeys(null);

        venue.orderEntry().place(buy("osp-no-key"));
        OrderRejected refused = events.awaitCount(OrderRejected.class, 1, "refused without a key").get(0);
        assertTrue(refused.rejection().detail().contains("API key"), refused.rejection().toString());

        venue.useKeys(new VenueKeys("kraken-rotated-key", "c2VjcmV0LWZvci10ZXN0cy1vbmx5", null));
        venue.orderEntry().place(buy(ID));

        assertEquals(TXID, events.awaitCount(OrderAccepted.class, 1, "accepted with the new key").get(0)
                .venueOrderId());
        assertTrue(kraken.signedCalls().contains("POST /0/private/AddOrder kraken-rotated-key"),
                "signed with the new key: " + kraken.signedCalls());
    }

    @Test
    void whenCancelled_thenTheOrderEndsCanceledWithKrakensReason() throws Exception {
        venue.start();
        restingOpen();
        venue.orderEntry().place(buy(ID));
        events.awaitCount(OrderAccepted.class, 1, "accepted");

        kraken.route("/0/private/QueryOrders", KrakenPayloads.queried(
                KrakenPayloads.order(ID, "canceled", "0.00000000", "User requested")));
        venue.orderEntry().cancel("BTCUSDT", ID);

        OrderCanceled c = events.awaitCount(OrderCanceled.class, 1, "canceled").get(0);
        assertTrue(c.reason().contains("User requested"), c.reason());
        assertTrue(kraken.calls().stream().anyMatch(s -> s.startsWith("POST /0/private/CancelOrder")
                && s.contains("txid=" + TXID)), kraken.calls().toString());
    }

    @Test
    void whenKrakenSaysInsufficientFunds_thenTheOrderIsRejectedForThatReasonAndNothingElseHappens() throws Exception {
        venue.start();
        kraken.route("/0/private/AddOrder", KrakenPayloads.error("EOrder:Insufficient funds"));

        venue.orderEntry().place(buy(ID));

        OrderRejected r = events.awaitCount(OrderRejected.class, 1, "rejected").get(0);
        assertEquals(RejectReason.INSUFFICIENT_BALANCE, r.rejection().reason());
        assertTrue(r.rejection().text().contains("Kraken"), r.rejection().text());
        events.awaitCount(VenueHeartbeat.class, 3, "later polls");
        assertEquals(List.of(), events.all(OrderAccepted.class));
    }

    @Test
    void whenThePlaceCallGetsA5xx_thenTheOrderIsFoundByUserrefAndNeverSentAgain() throws Exception {
        venue.start();
        kraken.route("/0/private/AddOrder", 503, "<html>503 Service Temporarily Unavailable</html>");
        venue.orderEntry().place(buy(ID));
        events.awaitCount(ApiCallFailed.class, 1, "the failed place");
        assertEquals(List.of(), events.all(OrderRejected.class), "a 5xx is no rejection: the order may be there");

        restingOpen(); // Kraken did take it
        OrderAccepted a = events.awaitCount(OrderAccepted.class, 1, "accepted after the query").get(0);

        assertEquals(TXID, a.venueOrderId());
        assertEquals(1, kraken.count("POST", "/0/private/AddOrder"), "never resent");
        assertTrue(kraken.calls().stream().anyMatch(c -> c.startsWith("POST /0/private/OpenOrders")
                && c.contains("userref=" + ClientRefs.krakenUserref(ID))), "asked by userref");
    }

    @Test
    void whenAskedByClientOrderId_thenKrakensRecordComesBackWithItsFills() throws Exception {
        venue.start();
        kraken.route("/0/private/ClosedOrders", KrakenPayloads.closed(KrakenPayloads.order("osp-old-7", "closed",
                "0.01000000", null, "kraken-trade-1", "kraken-trade-2")));
        kraken.route("/0/private/QueryTrades", KrakenPayloads.trades("kraken-trade-1", "kraken-trade-2"));

        VenueOrder found = venue.queryOrder("BTCUSDT", "osp-old-7").orElseThrow();

        assertEquals(OrderStatus.FILLED, found.order().status());
        assertEquals(TXID, found.order().venueOrderId());
        assertEquals(2, found.fills().size());
        assertEquals(0, new BigDecimal("0.96").compareTo(found.order().fees()));
        assertTrue(kraken.calls().stream().anyMatch(c -> c.startsWith("POST /0/private/ClosedOrders")
                && c.contains("userref=" + ClientRefs.krakenUserref("osp-old-7"))));
    }

    @Test
    void whenKrakenHasNoOrderUnderTheUserref_thenTheQueryIsEmpty() throws Exception {
        venue.start();

        assertEquals(Optional.empty(), venue.queryOrder("BTCUSDT", "osp-never-sent"));
    }

    @Test
    void whenTheStateIsFetched_thenBalancesUseOurAssetNamesAndOpenOrdersAreAdopted() throws Exception {
        venue.start();
        String open = KrakenPayloads.order("placed-elsewhere", "open", "0.00400000", null);
        kraken.route("/0/private/OpenOrders", KrakenPayloads.open(open.replace("\"misc\":\"\",", "")
                .replace("\"oflags\":\"fciq\"", "\"oflags\":\"fciq\",\"margin\":false,\"new_field\":{\"x\":[1,2]}")));

        VenueState state = venue.fetchState();

        assertTrue(state.balances().contains(new Balance("BTC", new BigDecimal("0.5000000000"), BigDecimal.ZERO)),
                state.balances().toString());
        assertTrue(state.balances().stream().anyMatch(b -> b.asset().equals("USD")), state.balances().toString());
        assertEquals(1, state.openOrders().size(), "missing and unknown fields are tolerated");
        assertEquals(OrderStatus.PARTIALLY_FILLED, state.openOrders().get(0).status());
        assertEquals("kraken-" + TXID, state.openOrders().get(0).clientOrderId());
    }
}
