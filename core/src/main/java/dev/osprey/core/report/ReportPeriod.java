package dev.osprey.core.report;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;

/**
 * The stretch a report covers, in UTC: from the start of {@code first} up to, not including, the start of the day
 * after {@code last}. {@code name} is used in file names ("daily-2024-08-08").
 */
public record ReportPeriod(String kind, LocalDate first, LocalDate last) {
    public ReportPeriod {
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("the period ends (" + last + ") before it starts (" + first + ")");
        }
    }

    public static ReportPeriod daily(LocalDate day) {
        return new ReportPeriod("daily", day, day);
    }

    /** The ISO week (Monday to Sunday) that holds {@code day}. */
    public static ReportPeriod weekly(LocalDate day) {
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new ReportPeriod("weekly", monday, monday.plusDays(6));
    }

    public static ReportPeriod monthly(YearMonth month) {
        return new ReportPeriod("monthly", month.atDay(1), month.atEndOfMonth());
    }

    /** {@code from} to {@code to}, both days included. */
    public static ReportPeriod custom(LocalDate from, LocalDate to) {
        return new ReportPeriod("custom", from, to);
    }

    public long fromMs() {
        return first.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    /** Exclusive end. */
    public long toMs() {
        return last.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    public boolean contains(long timeMs) {
        return timeMs >= fromMs() && timeMs < toMs();
    }

    public String name() {
        return first.equals(last) ? kind + "-" + first : kind + "-" + first + "_" + last;
    }

    public String title() {
        return first.equals(last) ? first + " (UTC)" : first + " to " + last + " (UTC)";
    }
}
