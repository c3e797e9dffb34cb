package dev.osprey.app.keys;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM under a key derived from the master password by PBKDF2-HMAC-SHA256. The JDK has both, so the vault
 * adds no dependency; 600,000 iterations is OWASP's figure for PBKDF2-HMAC-SHA256 (2023). The header (format,
 * iterations, salt) is authenticated as associated data, so a file edited to fewer iterations does not open.
 */
final class VaultCipher implements AutoCloseable {
    static final String KDF = "PBKDF2WithHmacSHA256";
    static final int MIN_ITERATIONS = 600_000;
    private static final int KEY_BITS = 256;
    private static final int TAG_BITS = 128;
    static final int NONCE_BYTES = 12;
    static final int SALT_BYTES = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] key;

    private VaultCipher(byte[] key) {
        this.key = key;
    }

    /** Derives the key; the password array is wiped before this returns. Takes a noticeable fraction of a second. */
    static VaultCipher derive(char[] password, byte[] salt, int iterations) {
        if (password.length == 0) {
            throw new IllegalArgumentException("the master password is empty");
        }
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, KEY_BITS);
        try {
            return new VaultCipher(SecretKeyFactory.getInstance(KDF).generateSecret(spec).getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(KDF + " is not available in this JVM");
        } finally {
            spec.clearPassword();
            Arrays.fill(password, '\0');
        }
    }

    static byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        RANDOM.nextBytes(b);
        return b;
    }

    byte[] encrypt(byte[] plain, byte[] nonce, byte[] header) {
        try {
            return cipher(Cipher.ENCRYPT_MODE, nonce, header).doFinal(plain);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed: " + e.getClass().getSimpleName());
        }
    }

    /** Throws {@link WrongMasterPasswordException} when the tag does not verify: wrong password or altered file. */
    byte[] decrypt(byte[] sealed, byte[] nonce, byte[] header) throws WrongMasterPasswordException {
        try {
            return cipher(Cipher.DECRYPT_MODE, nonce, header).doFinal(sealed);
        } catch (AEADBadTagException e) {
            throw new WrongMasterPasswordException();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM decryption failed: " + e.getClass().getSimpleName());
        }
    }

    private Cipher cipher(int mode, byte[] nonce, byte[] header) throws GeneralSecurityException {
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
        c.updateAAD(header);
        return c;
    }

    @Override
    public void close() {
        Arrays.fill(key, (byte) 0);
    }

    static byte[] utf8(char[] chars) {
        ByteBuffer buf = StandardCharsets.UTF_8.encode(CharBuffer.wrap(chars));
        byte[] out = new byte[buf.remaining()];
        buf.get(out);
        Arrays.fill(buf.array(), (byte) 0);
        return out;
    }
}
