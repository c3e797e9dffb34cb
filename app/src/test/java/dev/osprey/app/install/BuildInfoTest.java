package dev.osprey.app.install;

import org.junit.jupiter.api.Test;

import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BuildInfoTest {
    private static Properties props(String version, String built, String commit, String dirty) {
        Properties p = new Properties();
        p.setProperty("version", version);
        p.setProperty("built", built);
        p.setProperty("commit", commit);
        p.setProperty("dirty", dirty);
        return p;
    }

    @Test
    void whenBuiltInGit_thenVersionTimeAndCommitShown() {
        BuildInfo b = BuildInfo.from(props("0.2.0", "2026-11-23T10:00:00Z", "abc1234", "false"), "0.2.0");

        assertEquals(new BuildInfo("0.2.0", "0.2.0", "2026-11-23T10:00:00Z", "abc1234"), b);
    }

    @Test
    void whenBuiltFromAModifiedTree_thenTheCommitSaysSo() {
        BuildInfo b = BuildInfo.from(props("0.2.0", "2026-11-23T10:00:00Z", "abc1234", "true"), null);

        assertEquals("abc1234 with local changes", b.commit());
        assertEquals(BuildInfo.UNKNOWN, b.packageVersion());
    }

    @Test
    void whenBuiltOutsideGit_thenTheUnfilledCommitIsUnknown() {
        BuildInfo b = BuildInfo.from(props("0.2.0", "2026-11-23T10:00:00Z", "${git.commit.id.abbrev}",
                "${git.dirty}"), null);

        assertEquals(BuildInfo.UNKNOWN, b.commit());
    }

    @Test
    void whenNoBuildInfoAtAll_thenEverythingUnknown() {
        BuildInfo b = BuildInfo.from(new Properties(), "");

        assertEquals(new BuildInfo("unknown", "unknown", "unknown", "unknown"), b);
    }

    @Test
    void whenLoadedFromThisBuild_thenMavenFilledInVersionAndTime() {
        BuildInfo b = BuildInfo.load();

        assertNotEquals(BuildInfo.UNKNOWN, b.version());
        assertTrue(b.builtAt().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"), b.builtAt());
        assertTrue(b.lines().get(0).startsWith("Osprey " + b.version()));
    }
}
