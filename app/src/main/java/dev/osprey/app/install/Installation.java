package dev.osprey.app.install;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;

/** What the window does before anything else: find and set up the data directory, and start logging into it. */
public final class Installation {
    private static final Logger LOG = LoggerFactory.getLogger(Installation.class);

    private Installation() {
    }

    /** {@code dataDirOption} is {@code --data-dir}, or null. */
    public static DataDir open(Path dataDirOption) throws DataDirException {
        DataDir data = DataDir.prepare(DataDirLocator.ofThisMachine().locate(dataDirOption));
        LogFiles.writeTo(data.logs());
        BuildInfo build = BuildInfo.load();
        LOG.info("Osprey {} (package {}, commit {}, built {}) starting; data directory {}", build.version(),
                build.packageVersion(), build.commit(), build.builtAt(), data.root());
        return data;
    }
}
