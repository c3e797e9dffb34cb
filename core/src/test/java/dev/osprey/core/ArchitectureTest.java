package dev.osprey.core;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** core is the trading kernel: it must not know about the screen or about any venue library. */
class ArchitectureTest {
    private static final Pattern FORBIDDEN =
            Pattern.compile("^\\s*import\\s+(static\\s+)?(javafx|org\\.knowm|info\\.bitrich|com\\.sun\\.javafx)\\.",
                    Pattern.MULTILINE);

    @Test
    void whenScanningCoreSources_thenNoJavaFxOrXChangeImports() throws IOException {
        Path src = Path.of("src/main/java");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(src)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).collect(Collectors.toList());
        }
        assertTrue(files.size() > 20, "expected to scan the core sources, found " + files.size());
        List<String> offenders = files.stream().filter(ArchitectureTest::importsForbidden)
                .map(Path::toString).collect(Collectors.toList());
        assertEquals(List.of(), offenders);
    }

    @Test
    void whenLoadingCore_thenJavaFxIsNotOnItsClassPath() {
        boolean present;
        try {
            Class.forName("javafx.application.Platform");
            present = true;
        } catch (ClassNotFoundException e) {
            present = false;
        }
        assertTrue(!present, "core's class path must not carry JavaFX");
    }

    private static boolean importsForbidden(Path p) {
        try {
            return FORBIDDEN.matcher(Files.readString(p)).find();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
