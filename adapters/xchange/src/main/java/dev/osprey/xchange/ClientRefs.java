package dev.osprey.xchange;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * What each venue keeps of our client order id, derived from it so that nothing has to be stored: after a restart
 * the same id gives the same reference, and the venue can be asked by it. Kraken's {@code userref} is an int32, so
 * two ids can share one (one chance in 2^31 per pair of orders); a query that finds several orders under one
 * userref is refused rather than guessed ({@link KrakenAccount#byClientId}). Coinbase's {@code client_oid} is a
 * UUID: a name-based (version 3) UUID of the id.
 */
final class ClientRefs {
    private ClientRefs() {
    }

    /** A positive int32 from the SHA-256 of the id. */
    static int krakenUserref(String clientOrderId) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(clientOrderId.getBytes(StandardCharsets.UTF_8));
            int v = ((h[0] & 0xff) << 24) | ((h[1] & 0xff) << 16) | ((h[2] & 0xff) << 8) | (h[3] & 0xff);
            return v & 0x7fffffff;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    static UUID coinbaseClientOid(String clientOrderId) {
        return UUID.nameUUIDFromBytes(("osprey:" + clientOrderId).getBytes(StandardCharsets.UTF_8));
    }
}
