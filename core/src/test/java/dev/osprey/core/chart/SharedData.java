package dev.osprey.core.chart;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds {@code shared/data/} beside the project root, from whichever module directory the tests run in. */
final class SharedData {
    private SharedData() {
    }

    static Path file(String name) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("data").resolve(name);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("shared/data/" + name + " not found above " + Path.of("").toAbsolutePath());
    }
}
