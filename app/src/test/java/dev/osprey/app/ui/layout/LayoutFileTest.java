package dev.osprey.app.ui.layout;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class LayoutFileTest {
    @TempDir
    Path dir;

    @Test
    void whenSaved_thenLoadedBackTheSame() {
        LayoutFile file = LayoutFile.in(dir);
        LayoutState s = new LayoutState(Map.of("main-split", new double[] {0.4}), LayoutState.DashboardPlace.BOTTOM,
                "light", 1.3, Map.of("LEFT", List.of("chart", "book")));

        file.save(s);
        LayoutState back = file.load().orElseThrow();

        assertArrayEquals(new double[] {0.4}, back.dividers().get("main-split"));
        assertEquals(LayoutState.DashboardPlace.BOTTOM, back.dashboard());
        assertEquals("light", back.theme());
        assertEquals(1.3, back.fontScale());
        assertEquals(List.of("chart", "book"), back.docks().get("LEFT"));
    }

    @Test
    void whenAnOlderFileHasNoPanePlaces_thenItLoadsWithTheDefaultArrangement() throws Exception {
        Files.writeString(dir.resolve("layout.json"), "{\"dividers\": {}, \"dashboard\": \"RIGHT\", "
                + "\"theme\": \"dark\", \"fontScale\": 1.0}");

        assertEquals(Map.of(), LayoutFile.in(dir).load().orElseThrow().docks());
    }

    @Test
    void whenTheFileIsBroken_thenTheDefaultsAreUsed() throws Exception {
        Files.writeString(dir.resolve("layout.json"), "{\"theme\": \"neon\", \"fontScale\": 9}");

        assertEquals(Optional.empty(), LayoutFile.in(dir).load());
    }

    @Test
    void whenTheFontIsScaled_thenItStaysWithinBounds() {
        LayoutState s = LayoutState.defaults("dark", 1.9);

        assertEquals(2.0, s.withFontSteps(3).fontScale());
        assertEquals(0.75, s.withFontScale(0.8).withFontSteps(-1).fontScale());
        assertEquals(1.1, s.withFontScale(1.0).withFontSteps(1).fontScale());
    }
}
