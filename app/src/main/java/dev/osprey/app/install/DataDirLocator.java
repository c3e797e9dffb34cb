package dev.osprey.app.install;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Finds the user's data directory. It lives in the home directory, never beside the program, so that installing a
 * newer package or removing it leaves the trader's config, journal and logs alone. In order of precedence:
 * {@code --data-dir}, then {@code $OSPREY_DATA_DIR}, then the platform's place for application data.
 */
public final class DataDirLocator {
    public static final String ENV = "OSPREY_DATA_DIR";

    private final Map<String, String> env;
    private final String osName;
    private final Path home;

    DataDirLocator(Map<String, String> env, String osName, Path home) {
        this.env = Map.copyOf(env);
        this.osName = osName.toLowerCase(Locale.ROOT);
        this.home = Objects.requireNonNull(home);
    }

    public static DataDirLocator ofThisMachine() {
        String os = System.getProperty("os.name", "");
        return new DataDirLocator(System.getenv(), os, home(System.getenv(), os));
    }

    /**
     * On Linux and macOS, $HOME as the shell and the XDG spec see it; Java's user.home comes from the password
     * database and ignores it (e.g. under {@code sudo -H} or a test's own home).
     */
    static Path home(Map<String, String> env, String osName) {
        String home = env.get("HOME");
        boolean windows = osName.toLowerCase(Locale.ROOT).startsWith("windows");
        return !windows && home != null && Path.of(home).isAbsolute() ? Path.of(home)
                : Path.of(System.getProperty("user.home"));
    }

    /** {@code explicit} is the {@code --data-dir} option, or null when not given. */
    public Path locate(Path explicit) {
        if (explicit != null) {
            return explicit.toAbsolutePath().normalize();
        }
        String fromEnv = env.get(ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv).toAbsolutePath().normalize();
        }
        return platformDefault();
    }

    Path platformDefault() {
        if (osName.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path roaming = appData != null && !appData.isBlank() ? Path.of(appData)
                    : home.resolve("AppData").resolve("Roaming");
            return roaming.resolve("Osprey");
        }
        if (osName.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Osprey");
        }
        // XDG Base Directory spec: a relative XDG_DATA_HOME is invalid and must be ignored
        String xdg = env.get("XDG_DATA_HOME");
        Path dataHome = xdg != null && Path.of(xdg).isAbsolute() ? Path.of(xdg)
                : home.resolve(".local").resolve("share");
        return dataHome.resolve("osprey");
    }
}
