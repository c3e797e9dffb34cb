package dev.osprey.binance;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * An API key and the means to sign with its secret. The secret is turned into a key object at once and the
 * caller's array is wiped, so no String copy of it lives on; {@link #toString()} never shows either part, and
 * nothing in this module puts them in a log line or an exception message.
 */
public final class BinanceCredentials {
    private final String apiKey;
    private final Mac hmac;
    private final PrivateKey ed25519;

    private BinanceCredentials(String apiKey, Mac hmac, PrivateKey ed25519) {
        this.apiKey = apiKey;
        this.hmac = hmac;
        this.ed25519 = ed25519;
    }

    /** An HMAC-SHA256 key pair as Binance issues by default. The secret array is zeroed before this returns. */
    public static BinanceCredentials hmac(String apiKey, char[] secret) {
        requireKey(apiKey);
        byte[] bytes = toBytes(Objects.requireNonNull(secret, "secret"));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(bytes, "HmacSHA256"));
            return new BinanceCredentials(apiKey, mac, null);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JVM");
        } finally {
            Arrays.fill(bytes, (byte) 0);
            Arrays.fill(secret, '\0');
        }
    }

    /**
     * An Ed25519 key: the private key as PKCS#8 PEM ({@code -----BEGIN PRIVATE KEY-----}). Needed for
     * {@code session.logon}; the array is zeroed before this returns.
     */
    public static BinanceCredentials ed25519(String apiKey, char[] privateKeyPem) {
        requireKey(apiKey);
        byte[] der = null;
        try {
            String body = new String(privateKeyPem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            der = Base64.getDecoder().decode(body);
            PrivateKey key = KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(der));
            return new BinanceCredentials(apiKey, null, key);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            // The cause could quote key material: report the kind of problem only.
            throw new IllegalArgumentException("the Ed25519 private key is not a PKCS#8 PEM key");
        } finally {
            if (der != null) {
                Arrays.fill(der, (byte) 0);
            }
            Arrays.fill(privateKeyPem, '\0');
        }
    }

    public String apiKey() {
        return apiKey;
    }

    public boolean isEd25519() {
        return ed25519 != null;
    }

    /** HMAC: lower-case hex. Ed25519: base64. Both over the UTF-8 bytes of the payload. */
    public synchronized String sign(String payload) {
        byte[] data = payload.getBytes(StandardCharsets.UTF_8);
        try {
            if (hmac != null) {
                return HexFormat.of().formatHex(hmac.doFinal(data));
            }
            Signature s = Signature.getInstance("Ed25519");
            s.initSign(ed25519);
            s.update(data);
            return Base64.getEncoder().encodeToString(s.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("signing failed: " + e.getClass().getSimpleName());
        }
    }

    @Override
    public String toString() {
        return "BinanceCredentials[" + (isEd25519() ? "Ed25519" : "HMAC") + ", key and secret hidden]";
    }

    private static void requireKey(String apiKey) {
        if (apiKey == null || apiKey.isBlank()) {
            throw new IllegalArgumentException("API key is empty");
        }
    }

    private static byte[] toBytes(char[] chars) {
        ByteBuffer buf = StandardCharsets.UTF_8.encode(CharBuffer.wrap(chars));
        byte[] bytes = new byte[buf.remaining()];
        buf.get(bytes);
        Arrays.fill(buf.array(), (byte) 0);
        return bytes;
    }
}
