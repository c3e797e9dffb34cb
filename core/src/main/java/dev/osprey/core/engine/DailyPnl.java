package dev.osprey.core.engine;

import java.math.BigDecimal;

/** Net P&amp;L since the start of the current UTC day of engine time: the total less what it was when the day began. */
final class DailyPnl {
    private static final long DAY_MS = 86_400_000L;
    private long day = Long.MIN_VALUE;
    private BigDecimal atDayStart = BigDecimal.ZERO;

    BigDecimal update(long engineMs, BigDecimal total) {
        long today = Math.floorDiv(engineMs, DAY_MS);
        if (today != day) {
            // The session's P&L starts at zero; later, the first look at a new day sets its baseline (a looping
            // replay that goes back a day starts one too).
            atDayStart = day == Long.MIN_VALUE ? BigDecimal.ZERO : total;
            day = today;
        }
        return total.subtract(atDayStart);
    }
}
