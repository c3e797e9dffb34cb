package dev.osprey.app.cli;

import dev.osprey.app.config.ConfigException;
import dev.osprey.app.config.ConfigLoader;
import dev.osprey.app.config.OspreyConfig;
import dev.osprey.app.install.DataDir;
import dev.osprey.app.install.DataDirException;
import dev.osprey.app.install.Installation;
import dev.osprey.app.install.VersionLines;
import dev.osprey.app.ui.WorkstationApp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "osprey", mixinStandardHelpOptions = true, versionProvider = VersionLines.class,
        description = "Trader workstation. Without a subcommand it opens the window in PAPER mode on the bundled "
                + "Binance BTCUSDT capture.",
        subcommands = {ReplayCommand.class, PaperCommand.class, BacktestCommand.class, VenueCheckCommand.class,
                VerifyAuditCommand.class, JournalInfoCommand.class, StrategiesCommand.class,
                ReportCommand.class})
public final class OspreyCommand implements Callable<Integer> {

    @Option(names = "--config", description = "config file (default: config.json in the data directory, a copy of "
            + "the bundled one made on first run)")
    Path config;

    @Option(names = "--data-dir", description = "folder for config, journal and logs (default: $OSPREY_DATA_DIR, "
            + "else ~/.local/share/osprey, ~/Library/Application Support/Osprey or %%APPDATA%%\\Osprey)")
    Path dataDir;

    @Option(names = "--speed", description = "replay speed: a factor such as 1, 10, or max")
    String speed;

    @Option(names = "--smoke", description = "exit 0 once the first frame showing the replayed book is drawn")
    boolean smoke;

    @Override
    public Integer call() {
        OspreyConfig cfg;
        DataDir data;
        try {
            data = Installation.open(dataDir);
            cfg = ConfigLoader.load(config == null ? data.config() : config);
            if (speed != null) {
                cfg = ConfigLoader.withSpeed(cfg, speed);
            }
        } catch (ConfigException | DataDirException e) {
            System.err.println("osprey: " + e.getMessage());
            return 2;
        }
        WorkstationApp.launch(cfg, smoke, data, config == null ? data.config() : config);
        return 0;
    }
}
