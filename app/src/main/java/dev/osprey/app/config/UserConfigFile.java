package dev.osprey.app.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Changes the window makes to the trader's own config file. Only the fields it sets are touched; the rest of the
 * file stays as the trader wrote it. The edited file is checked like any config before it replaces the old one, so a
 * failed save leaves the file as it was.
 */
public final class UserConfigFile {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private UserConfigFile() {
    }

    /** Sets {@code venue.kind} and {@code venue.testnet}; returns the config the file now gives. */
    public static OspreyConfig saveVenue(Path file, String kind, boolean testnet) throws ConfigException {
        ObjectNode root;
        try {
            JsonNode tree = Files.isRegularFile(file) ? JSON.readTree(file.toFile()) : JSON.createObjectNode();
            if (!tree.isObject()) {
                throw new ConfigException(file + ": the config must be a JSON object");
            }
            root = (ObjectNode) tree;
        } catch (IOException e) {
            throw new ConfigException("cannot read config file " + file + ": " + e.getMessage(), e);
        }
        JsonNode venue = root.get("venue");
        ObjectNode v = venue instanceof ObjectNode ? (ObjectNode) venue : root.putObject("venue");
        v.put("kind", kind);
        v.put("testnet", testnet);
        Path next = file.resolveSibling(file.getFileName() + ".next");
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            JSON.writeValue(next.toFile(), root);
            OspreyConfig checked = ConfigLoader.load(next);
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return checked;
        } catch (IOException e) {
            throw new ConfigException("cannot write config file " + file + ": " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(next);
            } catch (IOException ignored) {
                // only a left-over temporary file
            }
        }
    }
}
