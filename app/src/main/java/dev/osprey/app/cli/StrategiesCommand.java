package dev.osprey.app.cli;

import dev.osprey.app.config.ConfigException;
import dev.osprey.app.config.ConfigLoader;
import dev.osprey.app.config.OspreyConfig;
import dev.osprey.app.wiring.Desk;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** The window's strategy tab on the command line: a paper desk on the configured replay, driven from stdin. */
@Command(name = "strategies", mixinStandardHelpOptions = true,
        description = "Run a paper desk on the configured replay and start, stop and list strategies with commands "
                + "read from stdin, one per line: start SYMBOL FAST SLOW [SIZE] | stop NAME | list | report NAME | "
                + "wait SECONDS | quit. Strategy orders take the same engine, breaker and risk path as the window's.")
final class StrategiesCommand implements Callable<Integer> {

    @Option(names = "--config", description = "config file (default: the bundled one)")
    Path config;

    @Option(names = "--speed", description = "replay speed: a factor such as 1, 20, or max (default: config)")
    String speed;

    @Option(names = "--candle-ms", description = "candle length in ms built from the trades (default: config)")
    Long candleMs;

    @Override
    public Integer call() {
        OspreyConfig cfg;
        try {
            cfg = config == null ? ConfigLoader.loadDefault() : ConfigLoader.load(config);
            if (speed != null) {
                cfg = ConfigLoader.withSpeed(cfg, speed);
            }
            if (candleMs != null) {
                cfg = ConfigLoader.withCandleMs(cfg, candleMs);
            }
        } catch (ConfigException e) {
            System.err.println("osprey strategies: " + e.getMessage());
            return 2;
        }
        try (Desk desk = Desk.startPaper(cfg)) {
            new StrategyConsole(desk.strategies(), cfg.strategies().capital(), cfg.validation(), System.out)
                    .run(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)));
            return 0;
        } catch (IOException e) {
            System.err.println("osprey strategies: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }
}
