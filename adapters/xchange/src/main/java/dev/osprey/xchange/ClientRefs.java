package dev.osprey.xchange;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * What each venue keeps of our client order id, derived from it so that nothing has to be stored: after a restart
 * the same id gives the same reference, and the venue can be asked by it.
 * <p>Kraken's {@code userref} is a signed int32, too small for our ids. The engine's ids are a session prefix and a
 * sequence ({@code osp-<start>-<n>}), so the userref is 11 bits of the prefix's hash above the sequence's low 20
 * bits: distinct for the first 1,048,575 orders of a session (a plain 31-bit hash would already repeat about twice
 * in 100,000 ids). Another session shares a userref only by chance (1 in 2048 per session pair); a query that
 * finds several orders under one userref is refused rather than guessed ({@link KrakenAccount#byClientId}). An id
 * of another form gets 31 bits of its hash.
 * <p>Coinbase's {@code client_oid} is a UUID: a name-based (version 3) UUID of the id.
 */
final class ClientRefs {
    private ClientRefs() {
    }

    private static final int SEQUENCE_BITS = 20;

    /** A positive int32. */
    static int krakenUserref(String clientOrderId) {
        int dash = clientOrderId.lastIndexOf('-');
        String seq = dash < 0 ? "" : clientOrderId.substring(dash + 1);
        if (seq.isEmpty() || seq.length() > 18 || !seq.chars().allMatch(Character::isDigit)) {
            return hash(clientOrderId) & 0x7fffffff;
        }
        int session = hash(clientOrderId.substring(0, dash)) & ((1 << (31 - SEQUENCE_BITS)) - 1);
        int n = (int) (Long.parseLong(seq) & ((1L << SEQUENCE_BITS) - 1));
        return session << SEQUENCE_BITS | n;
    }

    private static int hash(String s) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return ((h[0] & 0xff) << 24) | ((h[1] & 0xff) << 16) | ((h[2] & 0xff) << 8) | (h[3] & 0xff);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    static UUID coinbaseClientOid(String clientOrderId) {
        return UUID.nameUUIDFromBytes(("osprey:" + clientOrderId).getBytes(StandardCharsets.UTF_8));
    }
}
