package dev.osprey.app.keys;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KeyVaultTest {
    static final String KEY = "vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A";
    static final String SECRET = "NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j";

    @TempDir
    Path dir;

    private final List<String> audit = new ArrayList<>();
    private final KeyAudit recorder = (kind, venue, label, reason) -> audit.add(kind + " " + venue + " " + label);

    @Test
    void whenKeyStoredAndVaultReopened_thenKeyAndSecretComeBack_andTheFileHoldsNeither() throws Exception {
        Path file = dir.resolve("keys.vault");
        try (KeyVault vault = KeyVault.open(file, "correct horse".toCharArray(), recorder)) {
            vault.store(new ApiKey("binance", "desk key", KEY, SECRET.toCharArray()));
        }

        try (KeyVault again = KeyVault.open(file, "correct horse".toCharArray(), KeyAudit.NONE)) {
            ApiKey k = again.key("binance").orElseThrow();
            assertEquals(KEY, k.key());
            assertArrayEquals(SECRET.toCharArray(), k.secret());
            assertEquals(List.of(new KeyInfo("binance", "desk key", "vmPU…Eh8A")), again.list());
        }
        String onDisk = Files.readString(file, StandardCharsets.ISO_8859_1);
        assertFalse(onDisk.contains(KEY.substring(0, 16)), "the API key is not stored in clear");
        assertFalse(onDisk.contains(SECRET.substring(0, 16)), "the secret is not stored in clear");
        assertTrue(onDisk.contains("\"iterations\" : 600000"), onDisk);
    }

    @Test
    void whenWrongPassword_thenClearError_andTheVaultIsUnchanged() throws Exception {
        Path file = dir.resolve("keys.vault");
        try (KeyVault vault = KeyVault.open(file, "right".toCharArray(), recorder)) {
            vault.store(new ApiKey("binance", "desk key", KEY, SECRET.toCharArray()));
        }
        byte[] before = Files.readAllBytes(file);

        WrongMasterPasswordException e = assertThrows(WrongMasterPasswordException.class,
                () -> KeyVault.open(file, "wrong".toCharArray(), recorder));

        assertTrue(e.getMessage().contains("wrong master password"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals(List.of("API_KEY_ADDED binance desk key"), audit);
    }

    @Test
    void whenAListenerStopsFollowing_thenLaterChangesDoNotReachIt() throws Exception {
        List<String> seen = new ArrayList<>();
        try (KeyVault vault = KeyVault.open(dir.resolve("keys.vault"), "pw".toCharArray(), recorder)) {
            Runnable stop = vault.onChange((venue, key) -> seen.add(venue));
            vault.store(new ApiKey("kraken", "desk", KEY, SECRET.toCharArray()));

            stop.run();
            vault.store(new ApiKey("coinbase", "desk", KEY, SECRET.toCharArray()));
        }

        assertEquals(List.of("kraken"), seen, "a closed desk's venue hears of no key after it closed");
    }

    @Test
    void whenKeyRotated_thenListenersGetTheNewKey_andTheAuditNamesVenueAndLabelOnly() throws Exception {
        List<String> seen = new ArrayList<>();
        try (KeyVault vault = KeyVault.open(dir.resolve("keys.vault"), "pw".toCharArray(), recorder)) {
            vault.onChange((venue, key) -> seen.add(venue + "=" + key.map(ApiKey::masked).orElse("none")));
            vault.store(new ApiKey("binance", "old key", KEY, SECRET.toCharArray()));
            vault.store(new ApiKey("binance", "new key", "NEWK" + KEY.substring(4), "s2".toCharArray()));
            assertTrue(vault.remove("binance"));
            assertFalse(vault.remove("binance"), "removing twice changes nothing");
        }

        assertEquals(List.of("binance=vmPU…Eh8A", "binance=NEWK…Eh8A", "binance=none"), seen);
        assertEquals(List.of("API_KEY_ADDED binance old key", "API_KEY_ADDED binance new key",
                "API_KEY_REMOVED binance new key"), audit);
        audit.forEach(line -> assertFalse(line.contains(KEY.substring(4, 20)), line));
    }

    @Test
    void whenFileEditedToFewerIterations_thenItDoesNotOpen() throws Exception {
        Path file = dir.resolve("keys.vault");
        try (KeyVault vault = KeyVault.open(file, "pw".toCharArray(), recorder)) {
            vault.store(new ApiKey("binance", "desk key", KEY, SECRET.toCharArray()));
        }
        Files.writeString(file, Files.readString(file).replace("600000", "1000"));

        KeyVaultException e = assertThrows(KeyVaultException.class,
                () -> KeyVault.open(file, "pw".toCharArray(), recorder));
        assertTrue(e.getMessage().contains("below the minimum of 600000"), e.getMessage());
    }

    @Test
    void whenShownOrPrinted_thenOnlyTheMaskedKeyAppears() throws Exception {
        ApiKey k = new ApiKey("binance", "desk key", KEY, SECRET.toCharArray());
        try (KeyVault vault = KeyVault.open(dir.resolve("keys.vault"), "pw".toCharArray(), recorder)) {
            vault.store(k);
            assertFalse(vault.toString().contains(KEY.substring(4, 20)));
        }

        assertEquals("ApiKey[binance, desk key, vmPU…Eh8A, secret hidden]", k.toString());
        assertEquals("****", ApiKey.mask("short"));
    }

    @Test
    void whenPasswordArrayHandedOver_thenItIsWiped() throws Exception {
        char[] password = "pw".toCharArray();
        KeyVault.open(dir.resolve("keys.vault"), password, recorder).close();

        assertArrayEquals(new char[2], password);
    }
}
