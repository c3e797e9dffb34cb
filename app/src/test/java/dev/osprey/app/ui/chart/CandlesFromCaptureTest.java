package dev.osprey.app.ui.chart;

import dev.osprey.app.config.ConfigLoader;
import dev.osprey.app.config.OspreyConfig;
import dev.osprey.app.wiring.Desk;
import dev.osprey.core.chart.CandleInterval;
import dev.osprey.core.chart.CandleSeries;
import dev.osprey.core.engine.BookView;
import dev.osprey.core.engine.EngineSnapshot;
import dev.osprey.core.market.FeedState;
import dev.osprey.core.market.Scaled;
import dev.osprey.core.strategy.Candle;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.util.concurrent.TimeUnit;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The bundled capture, replayed through the desk's engine, gives the chart the same candles as the shared trades
 * tape (which CandleSeriesTest checks against an independent aggregation).
 */
class CandlesFromCaptureTest {

    private static CandleSeries fromTape(CandleInterval interval) throws Exception {
        CandleSeries s = new CandleSeries("BTCUSDT", interval, 1000);
        for (String line : Files.readAllLines(HaltDay.shared("BTCUSDT-trades-2024-08-08T23-54_2024-08-09T00-05.csv"))) {
            String[] f = line.split(",");
            s.onTrade(Long.parseLong(f[4]), Scaled.parse(f[1]), Scaled.parse(f[2]));
        }
        return s;
    }

    @Test
    void whenTheCaptureIsReplayed_thenTheReadModelCarriesTheTapesCandles() throws Exception {
        OspreyConfig base = ConfigLoader.loadDefault();
        try (Desk desk = Desk.startPaper(base.withReplay(base.replay().withSpeed("max", false)))) {
            // The feed's END comes after its last trade, so the snapshot that shows it holds every candle.
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> ended(desk.engine().latest()));
            EngineSnapshot s = desk.engine().latest();

            for (CandleInterval i : List.of(CandleInterval.M1, CandleInterval.M5, CandleInterval.H1)) {
                List<Candle> expected = fromTape(i).candles();
                assertEquals(expected, s.candles().get("BTCUSDT").candles(i), i + " candles");
            }
            assertEquals(12, s.candles().get("BTCUSDT").candles(CandleInterval.M1).size());
        }
    }

    private static boolean ended(EngineSnapshot s) {
        BookView b = s.books().get("BTCUSDT");
        return b != null && b.feedState() == FeedState.ENDED;
    }
}
