package dev.osprey.replay;

import java.util.Locale;

/**
 * How fast a replay runs against exchange event time: {@code 1x} is real time, {@code 10x} ten times faster,
 * {@code max} does not wait at all.
 */
public record ReplaySpeed(double factor) {
    public static final ReplaySpeed MAX = new ReplaySpeed(Double.POSITIVE_INFINITY);
    public static final ReplaySpeed REAL_TIME = new ReplaySpeed(1);

    public ReplaySpeed {
        if (!(factor > 0)) {
            throw new IllegalArgumentException("replay speed must be positive, got " + factor);
        }
    }

    public static ReplaySpeed times(double factor) {
        return new ReplaySpeed(factor);
    }

    /** Reads {@code max}, {@code 1x}, {@code 2.5x} or a bare number such as {@code 10}. */
    public static ReplaySpeed parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.equals("max")) {
            return MAX;
        }
        String number = t.endsWith("x") ? t.substring(0, t.length() - 1) : t;
        try {
            return new ReplaySpeed(Double.parseDouble(number));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("replay speed must be 'max' or a multiple such as '10x', got '"
                    + text + "'", e);
        }
    }

    public boolean isMax() {
        return factor == Double.POSITIVE_INFINITY;
    }

    @Override
    public String toString() {
        if (isMax()) {
            return "max";
        }
        return (factor == Math.rint(factor) ? Long.toString((long) factor) : Double.toString(factor)) + "x";
    }
}
