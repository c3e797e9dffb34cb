package dev.osprey.app.cli;

import dev.osprey.app.config.ConfigException;
import dev.osprey.app.config.ConfigLoader;
import dev.osprey.app.config.OspreyConfig;
import dev.osprey.app.install.DataDirLocator;
import dev.osprey.app.report.ReportException;
import dev.osprey.app.report.ReportJob;
import dev.osprey.app.report.ReportPeriods;
import dev.osprey.core.report.TradingReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** A trading report from the journal: HTML with charts and CSV tables, written to a folder. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write a daily, weekly, monthly or custom-range report (HTML and CSV) from the journal of a "
                + "data directory. Exit 0 written, 1 journal or file error, 2 bad options.")
final class ReportCommand implements Callable<Integer> {

    @Option(names = "--period", required = true, description = "daily, weekly, monthly or custom")
    String period;

    @Option(names = "--date", description = "YYYY-MM-DD: the day, a day of the week, or a day of the month (UTC)")
    String date;

    @Option(names = "--from", description = "first day of a custom period, YYYY-MM-DD")
    String from;

    @Option(names = "--to", description = "last day of a custom period (included), YYYY-MM-DD")
    String to;

    @Option(names = "--out", required = true, description = "folder to write the report files into")
    Path out;

    @Option(names = "--data-dir", description = "data directory or journal folder (default: the workstation's)")
    Path dataDir;

    @Option(names = "--config", description = "config for instruments and starting cash (default: the data "
            + "directory's config.json, else the bundled one)")
    Path config;

    @Override
    public Integer call() {
        try {
            Path data = DataDirLocator.ofThisMachine().locate(dataDir);
            OspreyConfig cfg = loadConfig(data);
            ReportJob.Result r = ReportJob.run(cfg, data, ReportPeriods.parse(period, date, from, to), out);
            TradingReport t = r.report();
            System.out.println(t.period().kind() + " " + t.period().title() + ": " + t.trades().size() + " trades, "
                    + "net P&L " + t.netPnl().setScale(2, RoundingMode.HALF_EVEN).toPlainString() + ", fees "
                    + t.fees().setScale(2, RoundingMode.HALF_EVEN).toPlainString());
            r.files().forEach(f -> System.out.println(f.toAbsolutePath()));
            return 0;
        } catch (ConfigException e) {
            System.err.println("osprey report: " + e.getMessage());
            return 2;
        } catch (ReportException e) {
            System.err.println("osprey report: " + e.getMessage());
            return e.badInput() ? 2 : 1;
        } catch (IOException e) {
            System.err.println("osprey report: cannot write the report: " + e.getMessage());
            return 1;
        }
    }

    private OspreyConfig loadConfig(Path data) throws ConfigException {
        if (config != null) {
            return ConfigLoader.load(config);
        }
        Path own = data.resolve("config.json");
        return Files.isRegularFile(own) ? ConfigLoader.load(own) : ConfigLoader.loadDefault();
    }
}
