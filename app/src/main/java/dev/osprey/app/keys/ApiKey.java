package dev.osprey.app.keys;

import java.util.Arrays;
import java.util.Objects;

/**
 * One venue's API key and secret as the vault holds them. The secret is a char array, never a String, so it can
 * be wiped; {@link #toString()} shows the venue, the label and the masked key only.
 */
public final class ApiKey {
    private final String venue;
    private final String label;
    private final String key;
    private final char[] secret;
    private final char[] passphrase;

    /** Keeps a copy of the secret; the caller may wipe its own array. */
    public ApiKey(String venue, String label, String key, char[] secret) {
        this(venue, label, key, secret, new char[0]);
    }

    /**
     * With the passphrase some venues add to key and secret (Coinbase); empty when the venue has none. Copies are
     * kept, as of the secret.
     */
    public ApiKey(String venue, String label, String key, char[] secret, char[] passphrase) {
        this.venue = requireText(venue, "venue");
        this.label = requireText(label, "label");
        this.key = requireText(key, "API key").strip();
        Objects.requireNonNull(secret, "secret");
        if (secret.length == 0) {
            throw new IllegalArgumentException("the secret is empty");
        }
        this.secret = secret.clone();
        this.passphrase = Objects.requireNonNull(passphrase, "passphrase").clone();
    }

    public String venue() {
        return venue;
    }

    public String label() {
        return label;
    }

    /** The full key, for signing requests only; show {@link #masked()} instead. */
    public String key() {
        return key;
    }

    /** A fresh copy of the secret; whoever takes it wipes it (BinanceCredentials does at once). */
    public char[] secret() {
        return secret.clone();
    }

    /** A fresh copy of the passphrase (empty: none); whoever takes it wipes it. */
    public char[] passphrase() {
        return passphrase.clone();
    }

    public String masked() {
        return mask(key);
    }

    public KeyInfo info() {
        return new KeyInfo(venue, label, masked());
    }

    /** Clears the secret held here; the vault calls it on keys it drops. */
    void wipe() {
        Arrays.fill(secret, '\0');
        Arrays.fill(passphrase, '\0');
    }

    /** {@code abcd…wxyz}: the first and last four characters, or only stars when the key is too short to hide. */
    public static String mask(String key) {
        if (key.length() < 12) {
            return "****";
        }
        return key.substring(0, 4) + "…" + key.substring(key.length() - 4);
    }

    @Override
    public String toString() {
        return "ApiKey[" + venue + ", " + label + ", " + masked() + ", secret hidden]";
    }

    private static String requireText(String s, String what) {
        if (s == null || s.isBlank()) {
            throw new IllegalArgumentException(what + " is empty");
        }
        return s;
    }
}
