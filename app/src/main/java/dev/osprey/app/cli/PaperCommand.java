package dev.osprey.app.cli;

import dev.osprey.app.config.ConfigException;
import dev.osprey.app.config.ConfigLoader;
import dev.osprey.app.config.OspreyConfig;
import dev.osprey.app.script.PaperRun;
import dev.osprey.app.script.ScriptException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** A scripted paper session: the window's engine, risk and paper venue, driven by a JSONL script. */
@Command(name = "paper", mixinStandardHelpOptions = true,
        description = "Replay a capture as fast as possible and apply a JSONL order script at its event times; "
                + "prints every order event and fill as JSON, and a summary as the last line.")
final class PaperCommand implements Callable<Integer> {

    @Option(names = "--capture", required = true, arity = "1..*", description = "capture file(s), in order")
    List<Path> captures;

    @Option(names = "--symbol", description = "symbol to trade (default: the config's)")
    String symbol;

    @Option(names = "--script", required = true, description = "JSONL: one command per line with \"at\" or \"E\"")
    Path script;

    @Option(names = "--config", description = "config file (default: the bundled one)")
    Path config;

    @Option(names = "--taker-bps", description = "taker fee in basis points (default: config)")
    BigDecimal takerBps;

    @Option(names = "--maker-bps", description = "maker fee in basis points (default: config)")
    BigDecimal makerBps;

    @Option(names = "--data-dir", description = "write the session's journal and audit trail to DIR/journal "
            + "(check it with verify-audit)")
    Path dataDir;

    @Option(names = "--latency-ms", description = "submit, cancel and report latency in ms of market time "
            + "(default: config)")
    Long latencyMs;

    @Override
    public Integer call() {
        try {
            OspreyConfig cfg = config == null ? ConfigLoader.loadDefault() : ConfigLoader.load(config);
            PaperRun.run(cfg, captures, Optional.ofNullable(symbol).map(String::toUpperCase), script, makerBps,
                    takerBps, latencyMs, dataDir, System.out);
            return 0;
        } catch (ConfigException | ScriptException e) {
            System.err.println("osprey paper: " + e.getMessage());
            return 2;
        } catch (NoSuchFileException e) {
            System.err.println("osprey paper: no such file: " + e.getFile());
            return 1;
        } catch (IOException | IllegalArgumentException e) {
            System.err.println("osprey paper: " + e.getMessage());
            return 1;
        }
    }
}
