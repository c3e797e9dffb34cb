package dev.osprey.app.report;

import dev.osprey.app.config.OspreyConfig;
import dev.osprey.core.instrument.Instrument;
import dev.osprey.core.journal.JournalCodec;
import dev.osprey.core.journal.JournalDatabase;
import dev.osprey.core.order.Fill;
import dev.osprey.core.report.JournalFills;
import dev.osprey.core.report.ReportBuilder;
import dev.osprey.core.report.ReportFiles;
import dev.osprey.core.report.ReportPeriod;
import dev.osprey.core.report.TradingReport;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One report from a journal, for the CLI and the window alike: read the fills (read-only), build the figures,
 * write the files. The account's starting cash is the config's paper balance of the quote asset.
 */
public final class ReportJob {
    /** The report and the files written, HTML first. */
    public record Result(TradingReport report, List<Path> files) {
    }

    private ReportJob() {
    }

    /** {@code journal}: a journal folder, or a data directory holding one in {@code journal/}. */
    public static Result run(OspreyConfig config, Path journal, ReportPeriod period, Path out)
            throws IOException, ReportException {
        Path dir = Files.isDirectory(journal.resolve("journal")) ? journal.resolve("journal") : journal;
        if (!Files.exists(dir.resolve("osprey.mv.db"))) {
            throw ReportException.journal("no journal in " + dir + " (expected osprey.mv.db there)");
        }
        List<Fill> fills;
        try (Connection c = JournalDatabase.connectReadOnly(dir)) {
            fills = new JournalFills(new JournalCodec()).read(c, period.toMs());
        } catch (SQLException e) {
            throw ReportException.journal("cannot read the journal in " + dir + ": " + firstLine(e.getMessage()));
        }
        Map<String, Instrument> instruments = new LinkedHashMap<>();
        config.instruments().forEach(i -> instruments.put(i.symbol(), i));
        TradingReport report = new ReportBuilder(instruments, startingCash(config)).build(fills, period);
        return new Result(report, ReportFiles.write(report, out, Instant.now()));
    }

    static BigDecimal startingCash(OspreyConfig config) {
        String quote = config.instruments().get(0).quoteAsset();
        return config.paper().balances().getOrDefault(quote, BigDecimal.ZERO);
    }

    private static String firstLine(String s) {
        int nl = s == null ? -1 : s.indexOf('\n');
        return nl < 0 ? String.valueOf(s) : s.substring(0, nl);
    }
}
