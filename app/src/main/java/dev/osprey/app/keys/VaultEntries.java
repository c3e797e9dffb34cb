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
 * becomes a String on its way in or out. Every buffer that held it is wiped. Passphrases (Coinbase's) follow all
 * the keys, one per key in the same order, so a vault written before they existed still opens (it has none).
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
                writeChars(out, k.secret());
            }
            for (ApiKey k : keys) {
                writeChars(out, k.passphrase());
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
            String[][] names = new String[n][];
            char[][] secrets = new char[n][];
            for (int i = 0; i < n; i++) {
                names[i] = new String[] {in.readUTF(), in.readUTF(), in.readUTF()};
                secrets[i] = readChars(in);
            }
            for (int i = 0; i < n; i++) {
                char[] passphrase = in.available() > 0 ? readChars(in) : new char[0];
                keys.put(names[i][0], new ApiKey(names[i][0], names[i][1], names[i][2], secrets[i], passphrase));
                Arrays.fill(secrets[i], '\0');
                Arrays.fill(passphrase, '\0');
            }
            return keys;
        } catch (IOException | RuntimeException e) {
            throw new KeyVaultException("the key vault opened but its contents are damaged");
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
    }

    /** Writes the chars and wipes them. */
    private static void writeChars(DataOutputStream out, char[] chars) throws IOException {
        out.writeInt(chars.length);
        for (char c : chars) {
            out.writeChar(c);
        }
        Arrays.fill(chars, '\0');
    }

    private static char[] readChars(DataInputStream in) throws IOException {
        char[] chars = new char[in.readInt()];
        for (int j = 0; j < chars.length; j++) {
            chars[j] = in.readChar();
        }
        return chars;
    }

    private static final class WipedBuffer extends ByteArrayOutputStream {
        void wipe() {
            Arrays.fill(buf, (byte) 0);
        }
    }
}
