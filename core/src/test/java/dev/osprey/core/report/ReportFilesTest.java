package dev.osprey.core.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportFilesTest {

    @Test
    void whenAReportIsWritten_thenHtmlIsSelfContained_andTheCsvCarriesTheFigures(@TempDir Path dir) throws Exception {
        TradingReport r = new ReportBuilder(ReportFixture.INSTRUMENTS, ReportFixture.CASH)
                .build(ReportFixture.FILLS, ReportPeriod.daily(LocalDate.of(2024, 8, 8)));

        List<Path> files = ReportFiles.write(r, dir, Instant.parse("2024-08-10T00:00:00Z"));

        assertEquals(List.of("daily-2024-08-08.html", "daily-2024-08-08-summary.csv", "daily-2024-08-08-trades.csv",
                "daily-2024-08-08-symbols.csv", "daily-2024-08-08-equity.csv"),
                files.stream().map(p -> p.getFileName().toString()).toList());
        String html = Files.readString(files.get(0));
        assertEquals(3, html.split("<svg ", -1).length - 1, "equity, exposure and per-symbol charts");
        assertFalse(html.contains("src=") || html.contains("href=") || html.contains("@import"), "no external asset");
        assertTrue(html.contains("<td>Net P&amp;L</td><td>29.88</td>"), "net P&L in the summary");
        List<String> summary = Files.readAllLines(files.get(1));
        assertTrue(summary.contains("net_pnl,29.875"), summary.toString());
        assertTrue(summary.contains("fees,20.125"), summary.toString());
        assertTrue(summary.contains("win_rate_percent,50.0000"), summary.toString());
        List<String> trades = Files.readAllLines(files.get(2));
        assertEquals(3, trades.size(), "header and two round trips");
        assertEquals("BTCUSDT,2024-08-08T10:00:00Z,2024-08-08T11:00:00Z,0.1,60000,61000,100,12.1,87.9", trades.get(1));
        assertEquals(8, Files.readAllLines(files.get(4)).size(), "header and seven curve points");
    }
}
