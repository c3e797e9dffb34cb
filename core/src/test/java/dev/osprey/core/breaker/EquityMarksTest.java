package dev.osprey.core.breaker;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalTime;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Day-start equity rolls at the reset time; peak equity only rises. */
class EquityMarksTest {

    @Test
    void whenMidnightUtcPasses_thenDayStartIsFirstEquityOfTheNewDay() {
        EquityMarks marks = EquityMarks.midnightUtc();
        marks.observe(ms("2024-08-08T23:59:59Z"), new BigDecimal("10000"));
        marks.observe(ms("2024-08-08T23:59:59.500Z"), new BigDecimal("10100"));

        marks.observe(ms("2024-08-09T00:00:00.200Z"), new BigDecimal("10050"));
        marks.observe(ms("2024-08-09T00:00:01Z"), new BigDecimal("9990"));

        assertEquals(new BigDecimal("10050"), marks.dayStartEquity());
        assertEquals(new BigDecimal("10100"), marks.peakEquity());
    }

    @Test
    void whenResetTimeConfigured_thenDayStartsThere() {
        EquityMarks marks = new EquityMarks(LocalTime.of(22, 0));

        assertEquals(ms("2024-08-08T22:00:00Z"), marks.dayStart(ms("2024-08-08T23:30:00Z")));
        assertEquals(ms("2024-08-07T22:00:00Z"), marks.dayStart(ms("2024-08-08T21:59:59Z")));
    }

    @Test
    void whenReplayLoopsBackADay_thenANewDayStarts() {
        EquityMarks marks = EquityMarks.midnightUtc();
        marks.observe(ms("2024-08-09T00:05:00Z"), new BigDecimal("9900"));

        marks.observe(ms("2024-08-08T23:54:00Z"), new BigDecimal("9800"));

        assertEquals(new BigDecimal("9800"), marks.dayStartEquity());
    }

    private static long ms(String iso) {
        return Instant.parse(iso).toEpochMilli();
    }
}
