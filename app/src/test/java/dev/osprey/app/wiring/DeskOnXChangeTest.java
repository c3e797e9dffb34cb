package dev.osprey.app.wiring;

import dev.osprey.app.config.ConfigLoader;
import dev.osprey.app.config.OspreyConfig;
import dev.osprey.core.engine.BookView;
import dev.osprey.core.engine.EngineSnapshot;
import dev.osprey.core.order.OrderRequest;
import dev.osprey.core.order.OrderStatus;
import dev.osprey.core.order.OrderType;
import dev.osprey.core.order.Side;
import dev.osprey.xchange.FakeVenueServer;
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

/** venue.kind kraken: the paper venue trades against Kraken's book, polled through XChange from a local fake. */
class DeskOnXChangeTest {
    @TempDir
    Path dir;

    private final FakeVenueServer kraken = FakeVenueServer.kraken();
    private Desk desk;

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
                    "tickSize": "0.1", "lotStep": "0.00001", "minQty": "0.00001", "maxQty": "9000",
                    "minNotional": "5" } ]
                }
                """.formatted(restUrl));
        return ConfigLoader.load(file);
    }

    private EngineSnapshot await(Predicate<EngineSnapshot> condition, String what) {
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> condition.test(desk.engine().latest()));
        } catch (TimeoutException e) {
            throw new AssertionError("timed out waiting for " + what + "; notice: " + desk.engine().latest().notice());
        }
        return desk.engine().latest();
    }

    @Test
    void whenTheConfigNamesKraken_thenAPaperMarketBuyFillsAtKrakensBestAsk() throws Exception {
        desk = Desk.start(config(kraken.url()), null);
        await(s -> s.books().get("BTCUSDT") != null && !s.books().get("BTCUSDT").asks().isEmpty(), "Kraken's book");
        String id = desk.engine().newClientOrderId();

        desk.engine().submit(new OrderRequest(id, "BTCUSDT", Side.BUY, OrderType.MARKET, new BigDecimal("0.01"),
                null));

        EngineSnapshot s = await(x -> x.orders().stream().anyMatch(o -> o.clientOrderId().equals(id)
                && o.status() == OrderStatus.FILLED), "the paper fill");
        assertEquals(0, new BigDecimal("61602.1").compareTo(s.fills().get(0).price()), "Kraken's best ask");
        BookView book = s.books().get("BTCUSDT");
        assertEquals(3, book.bids().size());
        assertEquals("paper on kraken data", desk.speedLabel());
    }

    @Test
    void whenKrakenCannotBeReached_thenTheDeskDoesNotStartAndSaysWhy() {
        DeskStartException e = assertThrows(DeskStartException.class,
                () -> Desk.start(config("http://127.0.0.1:1"), null));

        assertTrue(e.getMessage().startsWith("cannot reach kraken market data"), e.getMessage());
    }
}
