package dev.osprey.core.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a report into a directory: {@code NAME.html} (self-contained, charts inline) and the CSV tables
 * {@code NAME-summary.csv}, {@code NAME-trades.csv}, {@code NAME-symbols.csv}, {@code NAME-equity.csv}, where
 * NAME is the period's name (e.g. {@code daily-2024-08-08}).
 */
public final class ReportFiles {
    private ReportFiles() {
    }

    /** The files written, HTML first. */
    public static List<Path> write(TradingReport r, Path dir, Instant generatedAt) throws IOException {
        Files.createDirectories(dir);
        String name = r.period().name();
        List<Path> out = new ArrayList<>();
        out.add(write(dir.resolve(name + ".html"), ReportHtml.render(r, generatedAt.toString())));
        out.add(write(dir.resolve(name + "-summary.csv"), ReportCsv.summary(r)));
        out.add(write(dir.resolve(name + "-trades.csv"), ReportCsv.trades(r.trades())));
        out.add(write(dir.resolve(name + "-symbols.csv"), ReportCsv.symbols(r.symbols())));
        out.add(write(dir.resolve(name + "-equity.csv"), ReportCsv.curves(r)));
        return out;
    }

    private static Path write(Path file, String text) throws IOException {
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
