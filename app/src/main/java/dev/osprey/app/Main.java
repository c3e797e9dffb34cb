package dev.osprey.app;

import dev.osprey.app.cli.OspreyCommand;
import picocli.CommandLine;

/**
 * One jar, two faces: with no subcommand it opens the workstation window; with a subcommand (e.g. {@code replay})
 * it runs headless and prints JSON.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        int code = new CommandLine(new OspreyCommand()).execute(args);
        System.exit(code);
    }
}
