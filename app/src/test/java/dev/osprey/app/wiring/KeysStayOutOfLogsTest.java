package dev.osprey.app.wiring;

import dev.osprey.app.config.ConfigLoader;
import dev.osprey.app.config.OspreyConfig;
import dev.osprey.app.keys.ApiKey;
import dev.osprey.app.keys.KeyVault;
import dev.osprey.app.keys.WrongMasterPasswordException;
import dev.osprey.binance.CapturedLogs;
import dev.osprey.binance.fake.FakeBinance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Keys go into the vault, the desk signs with them, one is rotated and removed, a wrong password is tried: with
 * every log level on, nothing logged, no audit line, no exception message and no file in the data directory
 * carries the key, the secret or the master password.
 */
class KeysStayOutOfLogsTest {
    private static final String MASTER = "tr0ub4dor&3-master";

    @TempDir
    Path dataDir;

    private final CapturedLogs logs = CapturedLogs.everything();

    @AfterEach
    void release() {
        logs.close();
    }

    @Test
    void whenKeysAreStoredUsedRotatedAndRemoved_thenNoLogAuditErrorOrFileCarriesThem() throws Exception {
        // Arrange
        List<String> texts = new ArrayList<>();
        Path vaultFile = dataDir.resolve("keys.vault");
        try (FakeBinance fake = FakeBinance.start();
             KeyVault vault = KeyVault.open(vaultFile, MASTER.toCharArray(),
                     (kind, venue, label, reason) -> texts.add(kind + " " + venue + " " + label + " " + reason))) {
            // Act
            vault.store(new ApiKey("binance", "desk", FakeBinance.API_KEY, FakeBinance.SECRET.toCharArray()));
            Path cfg = dataDir.resolve("config.json");
            Files.writeString(cfg, ("{\"venue\": {\"kind\": \"binance\", \"restUrl\": \"%s\", \"marketStreamUrl\": "
                    + "\"%s\", \"webSocketApiUrl\": \"%s\"}, \"replay\": {\"feeds\": [{\"symbol\": \"BTCUSDT\", "
                    + "\"captures\": [\"x\"]}]}, \"instruments\": [{\"symbol\": \"BTCUSDT\", \"baseAsset\": \"BTC\", "
                    + "\"quoteAsset\": \"USDT\", \"tickSize\": \"0.01\", \"lotStep\": \"0.00001\", \"minQty\": "
                    + "\"0.00001\", \"maxQty\": \"9000\", \"minNotional\": \"5\"}]}")
                    .formatted(fake.restUrl(), fake.market.url(), fake.wsApi.url()));
            OspreyConfig config = ConfigLoader.load(cfg);
            try (Desk desk = Desk.start(config, vault)) {
                texts.add(desk.checkKeyPermissions("binance").orElseThrow().get(10, TimeUnit.SECONDS).toString());
                vault.store(new ApiKey("binance", "rotated", "Z" + FakeBinance.API_KEY.substring(1),
                        ("Z" + FakeBinance.SECRET.substring(1)).toCharArray()));
                vault.remove("binance");
                texts.add(desk.engine().latest().notice());
            }
            texts.add(vault.toString());
            texts.addAll(vault.list().stream().map(Object::toString).toList());
        }
        texts.add(assertThrows(WrongMasterPasswordException.class,
                () -> KeyVault.open(vaultFile, "not it".toCharArray(), (k, v, l, r) -> { })).getMessage());
        // Assert
        List<String> logged = logs.lines();
        texts.addAll(logged);
        try (Stream<Path> files = Files.walk(dataDir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                texts.add(f + ": " + new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1));
            }
        }
        assertTrue(logs.events() > 10, "the scenario should have logged plenty: " + logs.events());
        for (String text : texts) {
            for (String secret : List.of(FakeBinance.API_KEY.substring(1), FakeBinance.SECRET.substring(1), MASTER)) {
                assertFalse(text.contains(secret), "a secret in: " + text);
            }
        }
    }
}
