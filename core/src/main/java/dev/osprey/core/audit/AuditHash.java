package dev.osprey.core.audit;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The canonical byte form of an audit record and its SHA-256, defined here and nowhere else. The form is a version
 * tag, the sequence and the time as 8-byte big-endian numbers, then kind, actor, reason and payload (canonical
 * JSON) each as a 4-byte big-endian length and its UTF-8 bytes, then the 32-byte hash of the previous record. Length
 * prefixes make the form unambiguous: no two different records give the same bytes.
 */
public final class AuditHash {
    public static final int LENGTH = 32;
    /** The "previous hash" of the first record. */
    public static final byte[] GENESIS = new byte[LENGTH];
    private static final byte[] TAG = "osprey-audit-v1\n".getBytes(StandardCharsets.US_ASCII);

    private AuditHash() {
    }

    public static byte[] of(long sequence, long timeMs, String kind, String actor, String reason, String payload,
                            byte[] previousHash) {
        if (previousHash.length != LENGTH) {
            throw new IllegalArgumentException("previous hash must be " + LENGTH + " bytes, was " + previousHash.length);
        }
        MessageDigest sha = sha256();
        sha.update(TAG);
        sha.update(ByteBuffer.allocate(16).putLong(sequence).putLong(timeMs).array());
        for (String field : new String[]{kind, actor, reason, payload}) {
            byte[] utf8 = field.getBytes(StandardCharsets.UTF_8);
            sha.update(ByteBuffer.allocate(4).putInt(utf8.length).array());
            sha.update(utf8);
        }
        sha.update(previousHash);
        return sha.digest();
    }

    public static String hex(byte[] hash) {
        return HexFormat.of().formatHex(hash);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
