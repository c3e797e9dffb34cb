package dev.osprey.app.keys;

import dev.osprey.core.audit.AuditKind;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The trader's API keys, one per venue, encrypted at rest in the data directory (see {@link VaultCipher}). Opened
 * with the master password; while open, keys can be added, rotated (stored over the venue's old one) and removed.
 * Each change is written to disk first; only then is the in-memory copy changed, the audit told (venue and label)
 * and the listeners given the venue's new key, so a live venue can switch keys without a restart.
 */
public final class KeyVault implements AutoCloseable {
    /** Gets the venue's key after a change, or empty once it was removed. Called on the changing thread. */
    @FunctionalInterface
    public interface Listener {
        void keyChanged(String venue, Optional<ApiKey> key);
    }

    private final Path file;
    private final VaultCipher cipher;
    private final KeyAudit audit;
    private final Map<String, ApiKey> keys;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private VaultFile stored;

    private KeyVault(Path file, VaultCipher cipher, KeyAudit audit, Map<String, ApiKey> keys, VaultFile stored) {
        this.file = file;
        this.cipher = cipher;
        this.audit = audit;
        this.keys = keys;
        this.stored = stored;
    }

    /**
     * Opens the vault at {@code file}, or starts an empty one there (written at the first change). The password
     * array is wiped. Runs the KDF: call it off the FX thread.
     *
     * @throws WrongMasterPasswordException when the password does not open an existing vault
     */
    public static KeyVault open(Path file, char[] password, KeyAudit audit) throws KeyVaultException {
        if (!Files.exists(file)) {
            byte[] salt = VaultCipher.randomBytes(VaultCipher.SALT_BYTES);
            VaultCipher cipher = VaultCipher.derive(password, salt, VaultCipher.MIN_ITERATIONS);
            return new KeyVault(file, cipher, audit, new LinkedHashMap<>(),
                    new VaultFile(VaultCipher.MIN_ITERATIONS, salt, new byte[0], new byte[0]));
        }
        VaultFile stored = VaultFile.read(file);
        VaultCipher cipher = VaultCipher.derive(password, stored.salt(), stored.iterations());
        try {
            byte[] plain = cipher.decrypt(stored.sealed(), stored.nonce(), stored.header());
            return new KeyVault(file, cipher, audit, VaultEntries.decode(plain), stored);
        } catch (KeyVaultException e) {
            cipher.close();
            throw e;
        }
    }

    public Path file() {
        return file;
    }

    /** Calls {@code l} after every change; the returned action stops that (a desk that closes stops following). */
    public Runnable onChange(Listener l) {
        listeners.add(l);
        return () -> listeners.remove(l);
    }

    /** What may be shown: venue, label, masked key. */
    public synchronized List<KeyInfo> list() {
        return keys.values().stream().map(ApiKey::info).toList();
    }

    public synchronized Optional<ApiKey> key(String venue) {
        return Optional.ofNullable(keys.get(venue));
    }

    /** Adds the venue's key, or rotates it when the venue had one. */
    public void store(ApiKey key) throws KeyVaultException {
        ApiKey old;
        synchronized (this) {
            Map<String, ApiKey> next = new LinkedHashMap<>(keys);
            old = next.put(key.venue(), key);
            persist(next);
            keys.put(key.venue(), key);
        }
        String reason = old == null ? "API key added" : "API key rotated (replaces '" + old.label() + "')";
        audit.record(AuditKind.API_KEY_ADDED, key.venue(), key.label(), reason);
        if (old != null) {
            old.wipe();
        }
        notifyListeners(key.venue(), Optional.of(key));
    }

    /** Removes the venue's key; false (and nothing written) when it had none. */
    public boolean remove(String venue) throws KeyVaultException {
        ApiKey old;
        synchronized (this) {
            if (!keys.containsKey(venue)) {
                return false;
            }
            Map<String, ApiKey> next = new LinkedHashMap<>(keys);
            old = next.remove(venue);
            persist(next);
            keys.remove(venue);
        }
        audit.record(AuditKind.API_KEY_REMOVED, venue, old.label(), "API key removed");
        old.wipe();
        notifyListeners(venue, Optional.empty());
        return true;
    }

    private void persist(Map<String, ApiKey> next) throws KeyVaultException {
        byte[] nonce = VaultCipher.randomBytes(VaultCipher.NONCE_BYTES);
        byte[] plain = VaultEntries.encode(next.values());
        try {
            VaultFile sealed = stored.resealed(nonce, cipher.encrypt(plain, nonce, stored.header()));
            sealed.write(file);
            stored = sealed;
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
    }

    private void notifyListeners(String venue, Optional<ApiKey> key) {
        for (Listener l : listeners) {
            l.keyChanged(venue, key);
        }
    }

    /** Wipes the derived key and every secret held in memory. */
    @Override
    public synchronized void close() {
        cipher.close();
        keys.values().forEach(ApiKey::wipe);
        keys.clear();
    }

    @Override
    public String toString() {
        return "KeyVault[" + file + ", " + new ArrayList<>(keys.keySet()) + "]";
    }
}
