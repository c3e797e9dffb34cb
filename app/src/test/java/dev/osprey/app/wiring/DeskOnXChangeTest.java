package dev.osprey.app.wiring;

import dev.osprey.app.config.ConfigLoader;
import dev.osprey.app.config.OspreyConfig;
import dev.osprey.app.keys.ApiKey;
import dev.osprey.app.keys.KeyAudit;
import dev.osprey.app.keys.KeyVault;
import dev.osprey.core.engine.EngineSnapshot;
import dev.osprey.core.order.Order;
import dev.osprey.core.order.OrderRequest;
import dev.osprey.core.order.OrderStatus;
import dev.osprey.core.order.OrderType;
import dev.osprey.core.order.Side;
import dev.osprey.xchange.FakeVenueServer;
import dev.osprey.xchange.KrakenPayloads;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * venue.kind kraken: the desk trades on Kraken through XChange (a local fake serving Kraken's recorded answers), on
 * Kraken's own symbol rules, with the key from the vault; without a key it shows the market and refuses orders.
 */
class DeskOnXChangeTest {
    @TempDir
    Path dir;

    private final FakeVenueServer kraken = FakeVenueServer.kraken();
    private Desk desk;

    @BeforeEach
    void routes() {
        kraken.route("/0/private/OpenOrders", KrakenPayloads.open());
        kraken.route("/0/private/ClosedOrders", KrakenPayloads.closed());
        kraken.route("/0/private/Balance", FakeVenueServer.load("kraken-balance.json"));
        kraken.route("/0/private/AddOrder", FakeVenueServer.load("kraken-add-order.json"));
    }

    @AfterEach
    void close() {
        if (desk != null) {
            desk.close();
        }
        kraken.close();
    }

    private OspreyConfig config(String restUrl) throws Exception {
        Path file = dir.resolve("config.json");
        Files.writeString(file, """
                {
                  "venue": { "kind": "kraken", "restUrl": "%s" },
                  "replay": { "feeds": [ { "symbol": "BTCUSDT", "captures": [ "classpath:/osprey/data/x.gz" ] } ] },
                  "instruments": [ { "symbol": "BTCUSDT", "baseAsset": "BTC", "quoteAsset": "USDT",
                    "tickSize": "0.01", "lotStep": "0.00001", "minQty": "0.00001", "maxQty": "9000",
                    "minNotional": "5" } ]
                }
                """.formatted(restUrl));
        return ConfigLoader.load(file);
    }

    private KeyVault vaultWithKrakenKey() throws Exception {
        KeyVault vault = KeyVault.open(dir.resolve("keys.vault"), "pw".toCharArray(), KeyAudit.NONE);
        vault.store(new ApiKey("kraken", "desk", "kraken-test-key", "c2VjcmV0LWZvci10ZXN0cy1vbmx5".toCharArray()));
        return vault;
    }

    private EngineSnapshot await(Predicate<EngineSnapshot> condition, String what) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> condition.test(desk.engine().latest()));
        } catch (TimeoutException e) {
            throw new AssertionError("timed out waiting for " + what + "; notice: " + desk.engine().latest().notice());
        }
        return desk.engine().latest();
    }

    private static OrderStatus status(EngineSnapshot s, String id) {
        return s.orders().stream().filter(o -> o.clientOrderId().equals(id)).map(Order::status).findFirst()
                .orElse(null);
    }

    @Test
    void whenTheConfigNamesKraken_thenTheDeskTradesThereOnKrakensOwnRules() throws Exception {
        try (KeyVault vault = vaultWithKrakenKey()) {
            desk = Desk.start(config(kraken.url()), vault);
        }
        assertEquals(0, new BigDecimal("0.1").compareTo(desk.instrument().tickSize()),
                "Kraken's pair_decimals replace the configured tick");
        assertTrue(desk.speedLabel().startsWith("live on "), desk.speedLabel());
        await(s -> s.books().get("BTCUSDT") != null && !s.books().get("BTCUSDT").asks().isEmpty(), "Kraken's book");
        String id = desk.engine().newClientOrderId();
        kraken.route("/0/private/OpenOrders", KrakenPayloads.open(KrakenPayloads.order(id, "open", "0.00000000",
                null)));

        desk.engine().submit(new OrderRequest(id, "BTCUSDT", Side.SELL, OrderType.LIMIT, new BigDecimal("0.001"),
                new BigDecimal("63000.0")));

        await(s -> status(s, id) == OrderStatus.ACCEPTED, "Kraken's acknowledgement");
        assertEquals(1, kraken.calls().stream().filter(c -> c.startsWith("POST /0/private/AddOrder")).count());
    }

    @Test
    void whenThereIsNoKey_thenTheMarketShowsAndOrdersAreRefusedBeforeKraken() throws Exception {
        desk = Desk.start(config(kraken.url()), null);
        await(s -> s.books().get("BTCUSDT") != null && !s.books().get("BTCUSDT").bids().isEmpty(), "Kraken's book");
        String id = desk.engine().newClientOrderId();

        desk.engine().submit(new OrderRequest(id, "BTCUSDT", Side.BUY, OrderType.LIMIT, new BigDecimal("0.01"),
                new BigDecimal("60000.0")));

        EngineSnapshot s = await(x -> status(x, id) == OrderStatus.REJECTED, "the refusal");
        Order o = s.orders().stream().filter(x -> x.clientOrderId().equals(id)).findFirst().orElseThrow();
        assertTrue(!o.reason().isBlank(), "refused with its reason");
        assertTrue(kraken.calls().stream().noneMatch(c -> c.contains("/private/AddOrder")));
    }

    @Test
    void whenKrakenCannotBeReached_thenTheDeskDoesNotStartAndSaysWhy() {
        DeskStartException e = assertThrows(DeskStartException.class,
                () -> Desk.start(config("http://127.0.0.1:1"), null));

        assertTrue(e.getMessage().startsWith("cannot start the"), e.getMessage());
    }
}
