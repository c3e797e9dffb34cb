package dev.osprey.app.ui;

import dev.osprey.core.market.Scaled;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** How numbers and times read on screen. Prices show the instrument's tick precision; times are UTC. */
public final class Fmt {
    private static final DateTimeFormatter CLOCK =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS").withZone(ZoneOffset.UTC);

    private Fmt() {
    }

    static String scaled(long value, int decimals) {
        return Scaled.toBigDecimal(value).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
    }

    static String num(BigDecimal v) {
        return v == null ? "" : v.stripTrailingZeros().toPlainString();
    }

    public static String num(BigDecimal v, int decimals) {
        return v == null ? "" : v.setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
    }

    /** Signed money with two decimals, e.g. "+12.30" or "-0.41". */
    public static String pnl(BigDecimal v) {
        if (v == null) {
            return "";
        }
        String s = v.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
        return v.signum() > 0 ? "+" + s : s;
    }

    /** A latency: "850 µs" below a millisecond, "12.4 ms" below a second, else "1.25 s". */
    static String micros(long us) {
        if (us < 1_000) {
            return us + " µs";
        }
        if (us < 1_000_000) {
            return BigDecimal.valueOf(us, 3).setScale(1, RoundingMode.HALF_EVEN).toPlainString() + " ms";
        }
        return BigDecimal.valueOf(us, 6).setScale(2, RoundingMode.HALF_EVEN).toPlainString() + " s";
    }

    static String clock(long epochMs) {
        return epochMs <= 0 ? "--" : CLOCK.format(Instant.ofEpochMilli(epochMs)) + " UTC";
    }

    static String time(long epochMs) {
        return epochMs <= 0 ? "" : TIME.format(Instant.ofEpochMilli(epochMs));
    }
}
