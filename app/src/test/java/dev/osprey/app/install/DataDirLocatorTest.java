package dev.osprey.app.install;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DataDirLocatorTest {
    private static final Path HOME = Path.of("/home/trader");

    @Test
    void whenLinuxWithoutXdgDataHome_thenLocalShare() {
        DataDirLocator linux = new DataDirLocator(Map.of(), "Linux", HOME);

        assertEquals(Path.of("/home/trader/.local/share/osprey"), linux.locate(null));
    }

    @Test
    void whenLinuxWithXdgDataHome_thenUnderIt() {
        DataDirLocator linux = new DataDirLocator(Map.of("XDG_DATA_HOME", "/data/xdg"), "Linux", HOME);

        assertEquals(Path.of("/data/xdg/osprey"), linux.locate(null));
    }

    @Test
    void whenXdgDataHomeIsRelative_thenIgnoredAsTheSpecSays() {
        DataDirLocator linux = new DataDirLocator(Map.of("XDG_DATA_HOME", "rel/xdg"), "Linux", HOME);

        assertEquals(Path.of("/home/trader/.local/share/osprey"), linux.locate(null));
    }

    @Test
    void whenMac_thenApplicationSupport() {
        DataDirLocator mac = new DataDirLocator(Map.of(), "Mac OS X", HOME);

        assertEquals(HOME.resolve("Library").resolve("Application Support").resolve("Osprey"), mac.locate(null));
    }

    @Test
    void whenWindows_thenRoamingAppData() {
        DataDirLocator withAppData = new DataDirLocator(Map.of("APPDATA", "/appdata"), "Windows 11", HOME);
        DataDirLocator withoutAppData = new DataDirLocator(Map.of(), "Windows 11", HOME);

        assertEquals(Path.of("/appdata/Osprey"), withAppData.locate(null));
        assertEquals(HOME.resolve("AppData").resolve("Roaming").resolve("Osprey"), withoutAppData.locate(null));
    }

    @Test
    void whenHomeIsSet_thenItBeatsThePasswordDatabase_exceptOnWindows() {
        assertEquals(Path.of("/tmp/trader-home"), DataDirLocator.home(Map.of("HOME", "/tmp/trader-home"), "Linux"));
        assertEquals(Path.of(System.getProperty("user.home")), DataDirLocator.home(Map.of(), "Linux"));
        assertEquals(Path.of(System.getProperty("user.home")),
                DataDirLocator.home(Map.of("HOME", "/c/msys/home"), "Windows 11"));
    }

    @Test
    void whenEnvironmentNamesAFolder_thenItBeatsThePlatformDefault() {
        DataDirLocator linux = new DataDirLocator(Map.of("OSPREY_DATA_DIR", "/srv/osprey",
                "XDG_DATA_HOME", "/data/xdg"), "Linux", HOME);

        assertEquals(Path.of("/srv/osprey"), linux.locate(null));
    }

    @Test
    void whenOptionGiven_thenItBeatsTheEnvironment_andIsMadeAbsolute() {
        DataDirLocator linux = new DataDirLocator(Map.of("OSPREY_DATA_DIR", "/srv/osprey"), "Linux", HOME);

        assertEquals(Path.of("/tmp/mine"), linux.locate(Path.of("/tmp/mine/")));
        assertEquals(Path.of("relative").toAbsolutePath(), linux.locate(Path.of("relative")));
    }
}
