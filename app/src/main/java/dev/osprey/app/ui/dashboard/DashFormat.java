package dev.osprey.app.ui.dashboard;

import java.time.Duration;
import java.util.Locale;

/** How the dashboard writes durations and latencies (money as everywhere else: {@code Fmt.pnl}). */
final class DashFormat {
    private DashFormat() {
    }

    /** "1h 02m", "3m 20s", "12.4 s". */
    static String duration(Duration d) {
        long s = d.toSeconds();
        if (s >= 3600) {
            return String.format(Locale.ROOT, "%dh %02dm", s / 3600, s % 3600 / 60);
        }
        if (s >= 60) {
            return String.format(Locale.ROOT, "%dm %02ds", s / 60, s % 60);
        }
        return String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
    }

    /** A latency: "850 µs", "12.3 ms". */
    static String latency(long nanos) {
        if (nanos < 1_000_000) {
            return (nanos / 1_000) + " µs";
        }
        return String.format(Locale.ROOT, "%.1f ms", nanos / 1_000_000.0);
    }
}
