package dev.osprey.app.report;

import dev.osprey.core.report.ReportPeriod;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Turns what a trader typed (period kind and dates) into a {@link ReportPeriod}, or says what is wrong. */
public final class ReportPeriods {
    private ReportPeriods() {
    }

    /** {@code date} for daily, weekly (its ISO week) and monthly (its month); {@code from}/{@code to} for custom. */
    public static ReportPeriod parse(String kind, String date, String from, String to) throws ReportException {
        String k = kind == null ? "" : kind.toLowerCase(Locale.ROOT);
        switch (k) {
            case "daily":
                return ReportPeriod.daily(day("--date", date));
            case "weekly":
                return ReportPeriod.weekly(day("--date", date));
            case "monthly":
                return ReportPeriod.monthly(YearMonth.from(day("--date", date)));
            case "custom":
                LocalDate first = day("--from", from);
                LocalDate last = day("--to", to);
                if (last.isBefore(first)) {
                    throw ReportException.badInput("--to " + last + " is before --from " + first);
                }
                return ReportPeriod.custom(first, last);
            default:
                throw ReportException.badInput("--period must be daily, weekly, monthly or custom, not '" + kind + "'");
        }
    }

    private static LocalDate day(String option, String text) throws ReportException {
        if (text == null) {
            throw ReportException.badInput(option + " YYYY-MM-DD is required for this period");
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw ReportException.badInput(option + " must be a date as YYYY-MM-DD, not '" + text + "'");
        }
    }
}
