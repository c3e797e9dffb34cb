package dev.osprey.app.install;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;

/**
 * What was built, when and from which commit: read from {@code build-info.properties}, which Maven fills in when
 * the jar is built. Anything the build could not tell is "unknown". {@code packageVersion} is the installer's
 * version (jpackage passes it to the launcher); it is "unknown" when run from a source tree.
 */
public record BuildInfo(String version, String packageVersion, String builtAt, String commit) {
    public static final String UNKNOWN = "unknown";
    static final String RESOURCE = "build-info.properties";

    public static BuildInfo load() {
        Properties p = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // unreadable build info is shown as unknown; it must never stop the workstation
        }
        return from(p, System.getProperty("jpackage.app-version"));
    }

    static BuildInfo from(Properties p, String packageVersion) {
        String commit = value(p, "commit");
        if (!UNKNOWN.equals(commit) && "true".equals(p.getProperty("dirty"))) {
            commit += " with local changes";
        }
        return new BuildInfo(value(p, "version"), known(packageVersion), value(p, "built"), commit);
    }

    /** For {@code --version} and the About dialog. */
    public List<String> lines() {
        return List.of("Osprey " + version,
                "Package: " + packageVersion,
                "Built: " + builtAt,
                "Commit: " + commit,
                "Java: " + System.getProperty("java.runtime.version", UNKNOWN) + " ("
                        + System.getProperty("java.vendor", UNKNOWN) + ")");
    }

    private static String value(Properties p, String key) {
        return known(p.getProperty(key));
    }

    /** An unfilled placeholder such as {@code ${git.commit.id.abbrev}} means the build did not know. */
    private static String known(String v) {
        return v == null || v.isBlank() || v.contains("${") ? UNKNOWN : v.trim();
    }
}
