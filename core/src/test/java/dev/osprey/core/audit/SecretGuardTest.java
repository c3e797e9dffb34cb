package dev.osprey.core.audit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.osprey.core.journal.JournalCodec;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SecretGuardTest {
    private final JournalCodec codec = new JournalCodec();

    @Test
    void whenAFieldIsNamedLikeASecretInAnySpelling_thenItLooksSecret() {
        for (String name : List.of("apiKey", "api_key", "API-KEY", "apiSecret", "secret", "password", "passphrase",
                "privateKey", "accessToken", "signature", "key", "seed", "mnemonic", "Authorization")) {
            assertTrue(SecretGuard.looksSecret(name), name);
        }
    }

    @Test
    void whenAFieldIsAnOrdinaryTradingName_thenItPasses() {
        for (String name : List.of("symbol", "qty", "price", "clientOrderId", "venue", "keyLabel", "fingerprint",
                "reason", "mode", "breaker")) {
            assertFalse(SecretGuard.looksSecret(name), name);
        }
    }

    @Test
    void whenASecretIsNestedInAnArray_thenItsPathIsNamed() {
        // Arrange
        JsonNode payload = codec.toTree(Map.of("venues", List.of(Map.of("name", "binance"),
                Map.of("name", "kraken", "password", "hunter2"))));

        // Act
        SecretPayloadException e = assertThrows(SecretPayloadException.class, () -> SecretGuard.check(payload));

        // Assert
        assertEquals("payload.venues[1].password", e.fieldPath());
        assertFalse(e.getMessage().contains("hunter2"), "the refusal must not repeat the secret");
    }

    @Test
    void whenAPayloadHasNoSecretNames_thenItIsAccepted() {
        JsonNode payload = codec.toTree(Map.of("venue", "binance", "keyLabel", "main", "orders", List.of(1, 2)));

        assertDoesNotThrow(() -> SecretGuard.check(payload));
    }
}
