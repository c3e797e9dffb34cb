package dev.osprey.app.keys;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Coinbase's passphrase is kept with its key, and a vault written before passphrases existed still opens. */
class VaultEntriesTest {
    @Test
    void whenAKeyHasAPassphrase_thenItComesBackAndTheOthersHaveNone() throws Exception {
        ApiKey coinbase = new ApiKey("coinbase", "desk", "cb-key", "cb-secret".toCharArray(), "cb-pass".toCharArray());
        ApiKey kraken = new ApiKey("kraken", "desk", "kr-key", "kr-secret".toCharArray());

        Map<String, ApiKey> back = VaultEntries.decode(VaultEntries.encode(List.of(coinbase, kraken)));

        assertArrayEquals("cb-pass".toCharArray(), back.get("coinbase").passphrase());
        assertArrayEquals("cb-secret".toCharArray(), back.get("coinbase").secret());
        assertEquals(0, back.get("kraken").passphrase().length);
        assertArrayEquals("kr-secret".toCharArray(), back.get("kraken").secret());
    }

    @Test
    void whenTheVaultPredatesPassphrases_thenItsKeysOpenWithoutOne() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(1);
            out.writeUTF("binance");
            out.writeUTF("old");
            out.writeUTF("bn-key");
            out.writeInt(2);
            out.writeChar('s');
            out.writeChar('x');
        }

        ApiKey k = VaultEntries.decode(bytes.toByteArray()).get("binance");

        assertEquals("bn-key", k.key());
        assertArrayEquals("sx".toCharArray(), k.secret());
        assertEquals(0, k.passphrase().length);
    }
}
