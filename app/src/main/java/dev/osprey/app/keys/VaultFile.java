package dev.osprey.app.keys;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Base64;

/**
 * The vault on disk: a small JSON file with the KDF parameters, the salt, the nonce and the sealed entries (base64).
 * Written to a temporary file and moved over the old one, so a crash leaves either the old vault or the new.
 */
record VaultFile(int iterations, byte[] salt, byte[] nonce, byte[] sealed) {
    static final String FORMAT = "osprey-key-vault";
    static final int VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What the cipher authenticates besides the entries: changing any of it makes the vault unreadable. */
    byte[] header() {
        return (FORMAT + "/" + VERSION + "/" + VaultCipher.KDF + "/" + iterations + "/"
                + Base64.getEncoder().encodeToString(salt)).getBytes(StandardCharsets.US_ASCII);
    }

    VaultFile resealed(byte[] newNonce, byte[] newSealed) {
        return new VaultFile(iterations, salt, newNonce, newSealed);
    }

    static VaultFile read(Path file) throws KeyVaultException {
        JsonNode n;
        try {
            n = JSON.readTree(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new KeyVaultException("cannot read the key vault " + file + ": " + e.getClass().getSimpleName());
        }
        if (n == null || !FORMAT.equals(n.path("format").asText()) || n.path("version").asInt() != VERSION
                || !VaultCipher.KDF.equals(n.path("kdf").asText())) {
            throw new KeyVaultException(file + " is not an Osprey key vault of version " + VERSION);
        }
        int iterations = n.path("iterations").asInt();
        if (iterations < VaultCipher.MIN_ITERATIONS) {
            throw new KeyVaultException(file + ": " + iterations + " KDF iterations is below the minimum of "
                    + VaultCipher.MIN_ITERATIONS + "; the file was not written by Osprey");
        }
        try {
            Base64.Decoder b64 = Base64.getDecoder();
            return new VaultFile(iterations, b64.decode(n.path("salt").asText()), b64.decode(n.path("nonce").asText()),
                    b64.decode(n.path("data").asText()));
        } catch (IllegalArgumentException e) {
            throw new KeyVaultException(file + " is damaged: a field is not base64");
        }
    }

    void write(Path file) throws KeyVaultException {
        ObjectNode n = JSON.createObjectNode();
        Base64.Encoder b64 = Base64.getEncoder();
        n.put("format", FORMAT).put("version", VERSION).put("kdf", VaultCipher.KDF).put("iterations", iterations)
                .put("salt", b64.encodeToString(salt)).put("nonce", b64.encodeToString(nonce))
                .put("data", b64.encodeToString(sealed));
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(partial, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(n));
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new KeyVaultException("cannot write the key vault " + file + ": " + e.getClass().getSimpleName()
                    + " " + e.getMessage());
        }
    }
}
