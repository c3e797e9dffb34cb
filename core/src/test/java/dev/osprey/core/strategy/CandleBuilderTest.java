package dev.osprey.core.strategy;

import dev.osprey.core.market.Scaled;
import dev.osprey.core.market.TradePrint;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CandleBuilderTest {
    private final CandleBuilder builder = new CandleBuilder(60_000);
    private long tradeId;

    private Optional<Candle> trade(String price, String qty, long timeMs) {
        return builder.onEvent(new TradePrint("BTCUSDT", ++tradeId, Scaled.parse(price), Scaled.parse(qty), false,
                timeMs, timeMs));
    }

    @Test
    void whenATradeOpensTheNextMinute_thenTheMinuteBeforeClosesWithItsOhlcAndVolume() {
        assertTrue(trade("100", "1", 60_000).isEmpty());
        assertTrue(trade("103", "2", 70_000).isEmpty());
        assertTrue(trade("99", "0.5", 100_000).isEmpty());
        assertTrue(trade("101", "1", 119_999).isEmpty());

        Candle c = trade("102", "1", 120_000).orElseThrow();

        assertEquals(60_000, c.openTimeMs());
        assertEquals(119_999, c.closeTimeMs());
        assertEquals(0, new BigDecimal("100").compareTo(c.open()));
        assertEquals(0, new BigDecimal("103").compareTo(c.high()));
        assertEquals(0, new BigDecimal("99").compareTo(c.low()));
        assertEquals(0, new BigDecimal("101").compareTo(c.close()));
        assertEquals(0, new BigDecimal("4.5").compareTo(c.volume()));
    }

    @Test
    void whenAReplayLoopsBackInTime_thenTheCandleInProgressIsDropped_notClosedAcrossTheJump() {
        trade("100", "1", 600_000);

        assertTrue(trade("90", "1", 60_000).isEmpty(), "no candle from the future into the past");
        assertEquals(60_000, trade("91", "1", 120_000).orElseThrow().openTimeMs());
    }
}
