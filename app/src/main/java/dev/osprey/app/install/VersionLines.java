package dev.osprey.app.install;

import picocli.CommandLine;

/** {@code osprey --version}: the same build facts as the About dialog. */
public final class VersionLines implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return BuildInfo.load().lines().toArray(String[]::new);
    }
}
