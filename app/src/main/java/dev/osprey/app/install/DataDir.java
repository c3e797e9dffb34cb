package dev.osprey.app.install;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The user's data directory and what is in it:
 * <pre>
 *   config.json      a copy of the bundled default, made on first run; the window reads it unless --config is given
 *   .config-default  the SHA-256 of the default that was copied: tells an untouched copy from an edited one
 *   journal/         the order journal
 *   logs/            osprey.log, rolled by size and day
 *   keys.vault       API keys, AES-GCM encrypted under the master password (see app.keys.KeyVault)
 *   .tips-shown      present once the first-run tips have been shown
 * </pre>
 * An upgrade or an uninstall never touches any of it. The program replaces config.json only while the trader has
 * not edited it, so that an untouched copy follows the bundled default of each new version.
 */
public record DataDir(Path root) {
    /** The bundled default config (the same resource the config loader falls back to). */
    static final String BUNDLED_CONFIG = "/osprey/config/default.json";

    public Path config() {
        return root.resolve("config.json");
    }

    public Path journal() {
        return root.resolve("journal");
    }

    public Path keyVault() {
        return root.resolve("keys.vault");
    }

    public Path logs() {
        return root.resolve("logs");
    }

    Path tipsMarker() {
        return root.resolve(".tips-shown");
    }

    Path copiedDefault() {
        return root.resolve(".config-default");
    }

    /**
     * Creates whatever is missing: the folders, and the config copied from the bundled default. Safe to run at every
     * start. An edited config is kept as it is; an untouched copy of an older default is replaced by this version's.
     */
    public static DataDir prepare(Path root) throws DataDirException {
        DataDir d = new DataDir(root);
        try {
            Files.createDirectories(d.journal());
            Files.createDirectories(d.logs());
            byte[] bundled = bundledConfig();
            if (!Files.exists(d.config()) || d.untouchedOlderCopy(bundled)) {
                d.copyConfig(bundled);
            }
        } catch (IOException e) {
            throw new DataDirException("cannot set up the data directory " + root + ": " + e, e);
        }
        return d;
    }

    /** The first-run tips are due once, and never in a smoke run. */
    public boolean tipsDue(boolean smoke) {
        return !smoke && !Files.exists(tipsMarker());
    }

    public void markTipsShown() {
        try {
            Files.writeString(tipsMarker(), "The first-run tips were shown; delete this file to see them again.\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + tipsMarker(), e);
        }
    }

    private boolean untouchedOlderCopy(byte[] bundled) throws IOException {
        if (!Files.exists(copiedDefault())) {
            return false;
        }
        String copied = Files.readString(copiedDefault()).trim();
        return copied.equals(sha256(Files.readAllBytes(config()))) && !copied.equals(sha256(bundled));
    }

    private void copyConfig(byte[] bundled) throws IOException {
        // a crash mid-copy leaves a .partial file, never a truncated config.json
        Path partial = root.resolve("config.json.partial");
        Files.write(partial, bundled);
        Files.move(partial, config(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        Files.writeString(copiedDefault(), sha256(bundled) + "\n");
    }

    private static byte[] bundledConfig() throws IOException {
        try (InputStream in = DataDir.class.getResourceAsStream(BUNDLED_CONFIG)) {
            if (in == null) {
                throw new IOException("bundled config " + BUNDLED_CONFIG + " is missing from the class path");
            }
            return in.readAllBytes();
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
