package dev.osprey.core.chart;

/** The chart intervals a trader picks from; candles open on multiples of the interval since the epoch (UTC). */
public enum CandleInterval {
    M1("1m", 60_000L),
    M5("5m", 300_000L),
    M15("15m", 900_000L),
    H1("1h", 3_600_000L),
    H4("4h", 14_400_000L);

    private final String label;
    private final long millis;

    CandleInterval(String label, long millis) {
        this.label = label;
        this.millis = millis;
    }

    public String label() {
        return label;
    }

    public long millis() {
        return millis;
    }

    /** Open time of the candle that holds {@code timeMs}. */
    public long openOf(long timeMs) {
        return Math.floorDiv(timeMs, millis) * millis;
    }

    @Override
    public String toString() {
        return label;
    }
}
