package dev.osprey.app.cli;

import dev.osprey.replay.ReplayRunner;
import dev.osprey.replay.ReplaySpeed;
import dev.osprey.replay.ReplaySummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** Applies a capture to the book and prints the outcome as one JSON object on the last line. */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = "Replay a recorded Binance capture through the book synchroniser; the last line printed is a "
                + "JSON summary (events, applied, dropped, gaps, resyncs, best bid/ask, levels, trades).")
final class ReplayCommand implements Callable<Integer> {

    @Option(names = "--capture", required = true, arity = "1..*",
            description = "capture file(s) (.gz, '<receive ns> <json>' per line), played in order as one stream")
    List<Path> captures;

    @Option(names = "--symbol", description = "symbol to replay (default: the first one in the capture)")
    String symbol;

    @Option(names = "--speed", defaultValue = "max", description = "max, or a multiple of real time such as 1 or 10x")
    String speed;

    @Override
    public Integer call() {
        ReplaySpeed pace;
        try {
            pace = ReplaySpeed.parse(speed);
        } catch (IllegalArgumentException e) {
            System.err.println("osprey replay: " + e.getMessage());
            return 2;
        }
        try {
            long start = System.nanoTime();
            ReplaySummary summary = ReplayRunner.run(captures, Optional.ofNullable(symbol), pace);
            System.err.printf("replayed in %.3f s%n", (System.nanoTime() - start) / 1e9);
            System.out.println(summary.toJson());
            return 0;
        } catch (NoSuchFileException e) {
            System.err.println("osprey replay: no such capture file: " + e.getFile());
            return 1;
        } catch (IOException | IllegalArgumentException e) {
            System.err.println("osprey replay: " + e.getMessage());
            return 1;
        }
    }
}
