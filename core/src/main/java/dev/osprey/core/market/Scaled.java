package dev.osprey.core.market;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Fixed-point decimals with 8 fractional digits, the precision Binance uses for every price and quantity.
 * The book and the replay hot path keep prices and sizes as these longs; BigDecimal is used at the edges.
 */
public final class Scaled {
    public static final int SCALE = 8;
    public static final long ONE = 100_000_000L;

    private Scaled() {
    }

    /** Parses a plain decimal such as {@code "61837.63000000"}; at most 8 fractional digits, no exponent. */
    public static long parse(CharSequence text) {
        return parse(text, 0, text.length());
    }

    public static long parse(CharSequence text, int start, int end) {
        if (start >= end) {
            throw new NumberFormatException("empty decimal");
        }
        boolean negative = text.charAt(start) == '-';
        int i = negative ? start + 1 : start;
        long whole = 0;
        long fraction = 0;
        int fractionDigits = -1;
        boolean anyDigit = false;
        for (; i < end; i++) {
            char c = text.charAt(i);
            if (c == '.') {
                if (fractionDigits >= 0) {
                    throw new NumberFormatException("two decimal points in " + text.subSequence(start, end));
                }
                fractionDigits = 0;
            } else if (c >= '0' && c <= '9') {
                anyDigit = true;
                if (fractionDigits < 0) {
                    whole = Math.addExact(Math.multiplyExact(whole, 10), c - '0');
                } else if (fractionDigits < SCALE) {
                    fraction = fraction * 10 + (c - '0');
                    fractionDigits++;
                } else if (c != '0') {
                    throw new NumberFormatException("more than 8 decimals in " + text.subSequence(start, end));
                }
            } else {
                throw new NumberFormatException("not a plain decimal: " + text.subSequence(start, end));
            }
        }
        if (!anyDigit) {
            throw new NumberFormatException("no digits in " + text.subSequence(start, end));
        }
        for (int d = Math.max(fractionDigits, 0); d < SCALE; d++) {
            fraction *= 10;
        }
        long value = Math.addExact(Math.multiplyExact(whole, ONE), fraction);
        return negative ? -value : value;
    }

    /** Plain decimal with exactly 8 fractional digits, as Binance writes it: {@code 61837.63000000}. */
    public static String format(long value) {
        StringBuilder sb = new StringBuilder(24);
        appendTo(sb, value);
        return sb.toString();
    }

    public static void appendTo(StringBuilder sb, long value) {
        if (value == Long.MIN_VALUE) {
            // Long.MIN_VALUE is OrderBook.NO_PRICE: it has no decimal form, and negating it would overflow.
            throw new IllegalArgumentException("no value (Long.MIN_VALUE) cannot be formatted");
        }
        if (value < 0) {
            sb.append('-');
            value = -value;
        }
        sb.append(value / ONE).append('.');
        String frac = Long.toString(value % ONE);
        for (int i = frac.length(); i < SCALE; i++) {
            sb.append('0');
        }
        sb.append(frac);
    }

    public static BigDecimal toBigDecimal(long value) {
        return BigDecimal.valueOf(value, SCALE);
    }

    /** Exact conversion; throws if the value has more than 8 decimals or does not fit. */
    public static long of(BigDecimal value) {
        return value.setScale(SCALE, RoundingMode.UNNECESSARY).unscaledValue().longValueExact();
    }
}
