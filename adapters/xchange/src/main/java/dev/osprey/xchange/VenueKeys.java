package dev.osprey.xchange;

import java.util.Objects;

/**
 * An API key for Kraken or Coinbase: the key, its secret (base64, as both venues issue it) and, for Coinbase, the
 * passphrase. Never printed: {@link #toString()} shows the key's ends only.
 */
public record VenueKeys(String apiKey, String secret, String passphrase) {
    public VenueKeys {
        Objects.requireNonNull(apiKey, "apiKey");
        Objects.requireNonNull(secret, "secret");
        if (apiKey.isBlank() || secret.isBlank()) {
            throw new IllegalArgumentException("an API key and its secret must not be blank");
        }
    }

    @Override
    public String toString() {
        String ends = apiKey.length() <= 8 ? "…" : apiKey.substring(0, 4) + "…" + apiKey.substring(apiKey.length() - 4);
        return "VenueKeys[" + ends + "]";
    }
}
