package dev.osprey.app.wiring;

import dev.osprey.app.config.ConfigLoader;
import dev.osprey.app.config.OspreyConfig;
import dev.osprey.app.keys.ApiKey;
import dev.osprey.app.keys.KeyAudit;
import dev.osprey.app.keys.KeyVault;
import dev.osprey.binance.fake.CaptureLines;
import dev.osprey.binance.fake.FakeBinance;
import dev.osprey.core.engine.EngineSnapshot;
import dev.osprey.core.engine.SubmitResult;
import dev.osprey.core.order.Order;
import dev.osprey.core.order.OrderRequest;
import dev.osprey.core.order.OrderStatus;
import dev.osprey.core.order.OrderType;
import dev.osprey.core.order.Side;
import org.junit.jupiter.api.AfterEach;
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

/** The desk on the Binance venue, pointed by config at a fake Binance on 127.0.0.1, with its key from the vault. */
class DeskLiveTest {
    private static final long WAIT_MS = 15_000;

    @TempDir
    Path dir;

    private final FakeBinance fake = FakeBinance.start(CaptureLines.BTC_0808);
    private Desk desk;

    @AfterEach
    void close() {
        if (desk != null) {
            desk.close();
        }
        fake.close();
    }

    private OspreyConfig binanceConfig() throws Exception {
        Path file = dir.resolve("config.json");
        Files.writeString(file, """
                {
                  "venue": { "kind": "binance", "testnet": false, "restUrl": "%s", "marketStreamUrl": "%s",
                             "webSocketApiUrl": "%s" },
                  "replay": { "feeds": [ { "symbol": "BTCUSDT", "captures": [ "%s" ] } ] },
                  "instruments": [ { "symbol": "BTCUSDT", "baseAsset": "BTC", "quoteAsset": "USDT",
                    "tickSize": "0.01", "lotStep": "0.00001", "minQty": "0.00001", "maxQty": "9000",
                    "minNotional": "5" } ]
                }
                """.formatted(fake.restUrl(), fake.market.url(), fake.wsApi.url(), "classpath:" + CaptureLines.BTC_0808));
        return ConfigLoader.load(file);
    }

    private KeyVault vaultWithKey() throws Exception {
        KeyVault vault = KeyVault.open(dir.resolve("keys.vault"), "master".toCharArray(), KeyAudit.NONE);
        vault.store(new ApiKey("binance", "fake desk key", FakeBinance.API_KEY, FakeBinance.SECRET.toCharArray()));
        return vault;
    }

    private EngineSnapshot await(Predicate<EngineSnapshot> condition, String what) {
        try {
            WaitForAsyncUtils.waitFor(WAIT_MS, TimeUnit.MILLISECONDS, () -> condition.test(desk.engine().latest()));
        } catch (TimeoutException e) {
            throw new AssertionError("timed out waiting for " + what + "; last notice: "
                    + desk.engine().latest().notice());
        }
        return desk.engine().latest();
    }

    private static Order order(EngineSnapshot s, String id) {
        return s.orders().stream().filter(o -> o.clientOrderId().equals(id)).findFirst().orElse(null);
    }

    @Test
    void whenTheConfigNamesBinance_thenTheDeskTradesAnOrderThroughTheEngineOnTheFakeExchange() throws Exception {
        // Arrange: an all-USDT account, so the 20 % stablecoin reserve leaves room for the order
        fake.exchange.setBalance("BTC", "0");
        try (KeyVault vault = vaultWithKey()) {
            desk = Desk.start(binanceConfig(), vault);
        }
        await(s -> s.books().containsKey("BTCUSDT") && !s.books().get("BTCUSDT").bids().isEmpty(),
                "the live BTCUSDT book");
        String id = desk.engine().newClientOrderId();
        // Act
        SubmitResult r = desk.engine().submit(new OrderRequest(id, "BTCUSDT", Side.BUY, OrderType.LIMIT,
                new BigDecimal("0.01"), new BigDecimal("61000.00")));
        assertTrue(r.isQueued(), () -> "refused: " + r.refusal());
        await(s -> order(s, id) != null && order(s, id).status() == OrderStatus.ACCEPTED, "the venue's ack");
        fake.exchange.fill(id, "0.01", "61000.00", true);
        // Assert
        EngineSnapshot filled = await(s -> order(s, id).status() == OrderStatus.FILLED, "the fill");
        assertEquals(1, filled.fills().size());
        assertEquals(0, new BigDecimal("0.01").compareTo(filled.fills().get(0).qty()));
        assertEquals("binance", desk.venueName());
        assertTrue(desk.checkKeyPermissions("binance").orElseThrow().get(WAIT_MS, TimeUnit.MILLISECONDS)
                .refusal().isEmpty(), "the fake's key may trade");
        assertTrue(desk.checkKeyPermissions("kraken").isEmpty(), "another venue's key is not this venue's to check");
        assertTrue(fake.exchange.hasOrder(id), "the order went to the fake Binance under the engine's id");
    }

    @Test
    void whenTheVenueCannotBeReached_thenTheDeskDoesNotStartAndSaysWhy() throws Exception {
        OspreyConfig cfg = binanceConfig();
        OspreyConfig unreachable = cfg.withVenue(new OspreyConfig.VenueChoice("binance", false,
                "http://127.0.0.1:1", cfg.venue().marketStreamUrl(), cfg.venue().webSocketApiUrl()));

        DeskStartException e = assertThrows(DeskStartException.class, () -> Desk.start(unreachable, null));

        assertTrue(e.getMessage().startsWith("cannot start the binance desk"), e.getMessage());
    }
}
