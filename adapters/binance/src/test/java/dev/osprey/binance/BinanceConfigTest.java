package dev.osprey.binance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import org.junit.jupiter.api.Test;

class BinanceConfigTest {

    @Test
    void whenTestnetIsSwitchedOn_thenAllThreeEndpointsMoveToTheTestnet() {
        // Act
        BinanceConfig c = BinanceConfig.builder().testnet(true).build();
        // Assert
        assertEquals(URI.create("https://testnet.binance.vision"), c.endpoints().rest());
        assertEquals(URI.create("wss://stream.testnet.binance.vision"), c.endpoints().marketStream());
        assertEquals(URI.create("wss://ws-api.testnet.binance.vision/ws-api/v3"), c.endpoints().webSocketApi());
        assertTrue(c.endpoints().isTestnet());
    }

    @Test
    void whenNothingIsSet_thenMainnetAndNoTrading() {
        // Act
        BinanceConfig c = BinanceConfig.builder().build();
        // Assert
        assertEquals(BinanceEndpoints.MAINNET, c.endpoints());
        assertFalse(c.canTrade());
        assertEquals("binance", BinanceVenue.create(c).name());
    }

    @Test
    void whenAUrlIsGiven_thenItWinsOverTheNetworkDefaultAndATrailingSlashIsDropped() {
        // Act
        BinanceConfig c = BinanceConfig.builder().testnet(true).restUrl("http://127.0.0.1:8080/").build();
        // Assert
        assertEquals(URI.create("http://127.0.0.1:8080"), c.endpoints().rest());
        assertEquals(URI.create("ws://x:1/stream?streams=btcusdt@trade"),
                new BinanceEndpoints(c.endpoints().rest(), URI.create("ws://x:1"), c.endpoints().webSocketApi())
                        .combinedStream(java.util.List.of("btcusdt@trade")));
    }

    @Test
    void whenASchemeIsWrong_thenTheErrorNamesTheEndpoint() {
        // Act
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BinanceConfig.builder().marketStreamUrl("https://stream.binance.com").build());
        // Assert
        assertTrue(e.getMessage().startsWith("marketStream URL must start with ws:// or wss://"), e.getMessage());
    }

    @Test
    void whenCredentialsArePrinted_thenNeitherPartShowsAndTheSecretArrayIsWiped() {
        // Arrange
        char[] secret = "s3cr3t-value".toCharArray();
        // Act
        BinanceCredentials c = BinanceCredentials.hmac("my-api-key-123", secret);
        String shown = c + " " + BinanceConfig.builder().credentials(c).build();
        // Assert
        assertFalse(shown.contains("my-api-key-123"));
        assertFalse(shown.contains("s3cr3t"));
        assertEquals("\0".repeat(12), new String(secret));
    }

    @Test
    void whenSigningWithHmac_thenItMatchesBinancesDocumentedExample() {
        // Arrange: the example of Binance's "SIGNED endpoint examples for POST /api/v3/order" (HMAC)
        BinanceCredentials c = BinanceCredentials.hmac("vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A",
                "NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j".toCharArray());
        String query = "symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1&recvWindow=5000"
                + "&timestamp=1499827319559";
        // Act
        String signature = c.sign(query);
        // Assert
        assertEquals("c8db56825ae71d6d79447849e617115f4a920fa2acdcab2b053c4b2838bd6b71", signature);
    }
}
