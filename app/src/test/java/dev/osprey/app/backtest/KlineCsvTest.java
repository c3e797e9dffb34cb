package dev.osprey.app.backtest;

import dev.osprey.core.strategy.Candle;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class KlineCsvTest {
    /** 2023-03-24 13:00 UTC: the hour Binance spot was halted. */
    static final long HALT_OPEN_MS = 1_679_662_800_000L;

    @Test
    void whenRowsUseMsOrMicros_andAHeaderOrARepeatAppears_thenMsCandlesInOrder() throws IOException {
        // Arrange: a futures-style header, a ms row, the same hour in µs (a repeat), the next hour in µs
        String csv = "open_time,open,high,low,close,volume,close_time,quote_volume,count,tbv,tbqv,ignore\n"
                + "1735689600000,93576.00,94509.42,93489.03,94401.14,755.99,1735693199999,0,0,0,0,0\n"
                + "1735689600000000,93576.00,94509.42,93489.03,94401.14,755.99,1735693199999999,0,0,0,0,0\n"
                + "1735693200000000,94401.13,94987.00,94130.43,94555.08,544.51,1735696799999999,0,0,0,0,0\n";

        // Act
        List<Candle> candles = KlineCsv.read(new StringReader(csv), "BTCUSDT", "test");

        // Assert
        assertEquals(2, candles.size());
        assertEquals(1_735_689_600_000L, candles.get(0).openTimeMs());
        assertEquals(1_735_696_799_999L, candles.get(1).closeTimeMs());
        assertEquals(new BigDecimal("94555.08"), candles.get(1).close());
    }

    @Test
    void whenTheBundledKlinesAreRead_thenFourYearsWithTheOneHaltGap() throws IOException {
        // Act
        List<Candle> candles = KlineCsv.bundled("BTCUSDT");

        // Assert
        assertEquals(37_923, candles.size());
        assertEquals(new BigDecimal("46216.93000000"), candles.get(0).open());
        assertEquals(List.of(new CandleGaps.Gap(HALT_OPEN_MS, 1)), CandleGaps.find(candles));
    }
}
