package dev.osprey.app.ui.layout;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * The layout in the data directory ({@code layout.json}). A missing file means a first start; an unreadable one
 * is reported in the log and the defaults are used (a layout is never worth refusing to start over). Saved
 * through a temporary file and a rename, so a crash mid-write leaves the last good layout.
 */
public final class LayoutFile {
    private static final Logger LOG = LoggerFactory.getLogger(LayoutFile.class);
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final Path file;

    public LayoutFile(Path file) {
        this.file = file;
    }

    public static LayoutFile in(Path dataDir) {
        return new LayoutFile(dataDir.resolve("layout.json"));
    }

    public Optional<LayoutState> load() {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(file.toFile(), LayoutState.class));
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("layout {} unreadable, using the default layout: {}", file, e.getMessage());
            return Optional.empty();
        }
    }

    public void save(LayoutState state) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            JSON.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), state);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn("layout not saved to {}: {}", file, e.getMessage());
        }
    }
}
