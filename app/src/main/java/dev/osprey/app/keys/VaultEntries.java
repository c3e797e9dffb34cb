package dev.osprey.app.keys;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The plaintext inside the vault, in a plain binary layout read straight into char arrays, so a secret never
 * becomes a String on its way in or out. Every buffer that held it is wiped.
 */
final class VaultEntries {
    private VaultEntries() {
    }

    static byte[] encode(Collection<ApiKey> keys) {
        WipedBuffer buf = new WipedBuffer();
        try (DataOutputStream out = new DataOutputStream(buf)) {
            out.writeInt(keys.size());
            for (ApiKey k : keys) {
                out.writeUTF(k.venue());
                out.writeUTF(k.label());
                out.writeUTF(k.key());
                char[] secret = k.secret();
                out.writeInt(secret.length);
                for (char c : secret) {
                    out.writeChar(c);
                }
                Arrays.fill(secret, '\0');
            }
            out.flush();
            return buf.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory failed", e);
        } finally {
            buf.wipe();
        }
    }

    /** Venue to key; the plain array is wiped before this returns. */
    static Map<String, ApiKey> decode(byte[] plain) throws KeyVaultException {
        Map<String, ApiKey> keys = new LinkedHashMap<>();
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(plain))) {
            int n = in.readInt();
            for (int i = 0; i < n; i++) {
                String venue = in.readUTF();
                String label = in.readUTF();
                String key = in.readUTF();
                char[] secret = new char[in.readInt()];
                for (int j = 0; j < secret.length; j++) {
                    secret[j] = in.readChar();
                }
                keys.put(venue, new ApiKey(venue, label, key, secret));
                Arrays.fill(secret, '\0');
            }
            return keys;
        } catch (IOException | RuntimeException e) {
            throw new KeyVaultException("the key vault opened but its contents are damaged");
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
    }

    private static final class WipedBuffer extends ByteArrayOutputStream {
        void wipe() {
            Arrays.fill(buf, (byte) 0);
        }
    }
}
