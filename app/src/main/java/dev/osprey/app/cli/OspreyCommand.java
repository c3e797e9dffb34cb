package dev.osprey.app.cli;

import dev.osprey.app.config.ConfigException;
import dev.osprey.app.config.ConfigLoader;
import dev.osprey.app.config.OspreyConfig;
import dev.osprey.app.ui.WorkstationApp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "osprey", mixinStandardHelpOptions = true, version = "Osprey 0.1.0",
        description = "Trader workstation. Without a subcommand it opens the window in PAPER mode on the bundled "
                + "Binance BTCUSDT capture.",
        subcommands = {ReplayCommand.class, PaperCommand.class, VenueCheckCommand.class})
public final class OspreyCommand implements Callable<Integer> {

    @Option(names = "--config", description = "config file (default: the bundled one)")
    Path config;

    @Option(names = "--speed", description = "replay speed: a factor such as 1, 10, or max")
    String speed;

    @Option(names = "--smoke", description = "exit 0 once the first frame showing the replayed book is drawn")
    boolean smoke;

    @Override
    public Integer call() {
        OspreyConfig cfg;
        try {
            cfg = config == null ? ConfigLoader.loadDefault() : ConfigLoader.load(config);
            if (speed != null) {
                cfg = ConfigLoader.withSpeed(cfg, speed);
            }
        } catch (ConfigException e) {
            System.err.println("osprey: " + e.getMessage());
            return 2;
        }
        WorkstationApp.launch(cfg, smoke);
        return 0;
    }
}
