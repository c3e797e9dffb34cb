package dev.osprey.core.breaker;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.Objects;

/**
 * The day-start and peak equity {@link PortfolioMetrics} needs, kept from the engine's own equity readings.
 * The trading day starts at {@code resetUtc} (midnight UTC by default); the first reading at or after it is the
 * day's start, so the engine should observe at least every second of engine time.
 */
public final class EquityMarks {
    private static final long DAY_MS = 86_400_000L;

    private final long resetOffsetMs;
    private long dayStartMs = Long.MIN_VALUE;
    private BigDecimal dayStartEquity;
    private BigDecimal peakEquity;

    public EquityMarks(LocalTime resetUtc) {
        this.resetOffsetMs = Objects.requireNonNull(resetUtc, "resetUtc").toNanoOfDay() / 1_000_000L;
    }

    public static EquityMarks midnightUtc() {
        return new EquityMarks(LocalTime.MIDNIGHT);
    }

    /** Records equity at engine time {@code nowMs}; a reading in a new trading day starts it. */
    public void observe(long nowMs, BigDecimal equity) {
        Objects.requireNonNull(equity, "equity");
        long start = dayStart(nowMs);
        // Any change of day, forward or back (a looping replay), starts a day: its first equity is the reference.
        if (start != dayStartMs) {
            dayStartMs = start;
            dayStartEquity = equity;
        }
        peakEquity = peakEquity == null ? equity : peakEquity.max(equity);
    }

    /** Engine time the trading day holding {@code nowMs} began. */
    public long dayStart(long nowMs) {
        return Math.floorDiv(nowMs - resetOffsetMs, DAY_MS) * DAY_MS + resetOffsetMs;
    }

    /** Null before the first reading. */
    public BigDecimal dayStartEquity() {
        return dayStartEquity;
    }

    /** The highest equity seen since this was made; null before the first reading. */
    public BigDecimal peakEquity() {
        return peakEquity;
    }
}
