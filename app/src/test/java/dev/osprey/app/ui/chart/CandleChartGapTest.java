package dev.osprey.app.ui.chart;

import dev.osprey.core.chart.CandleInterval;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real Binance halt of 2023-03-24 13:00 UTC, drawn from the shared 1h klines, must be a visible gap. */
@ExtendWith(ApplicationExtension.class)
class CandleChartGapTest {
    private final CandleChart chart = new CandleChart();

    @Start
    void start(Stage stage) {
        // 24 slots of 9 px plus the axis: the day fits exactly.
        stage.setScene(new Scene(chart, 24 * CandleChart.SLOT_WIDTH + 84, 300));
        stage.show();
    }

    private static boolean candleColumn(PixelReader px, double x, int height) {
        for (int y = 0; y < height; y++) {
            Color c = px.getColor((int) x, y);
            if (c.getGreen() > 0.5 && c.getRed() < 0.4 || c.getRed() > 0.6 && c.getGreen() < 0.4) {
                return true;
            }
        }
        return false;
    }

    @Test
    void whenTheHaltDayIsCharted_thenNothingIsDrawnAt13_butBothNeighboursAre(FxRobot robot) throws Exception {
        var day = HaltDay.candles();

        Image image = WaitForAsyncUtils.asyncFx(() -> {
            chart.show(day, CandleInterval.H1, List.of(), 2);
            return chart.canvas().snapshot(null, null);
        }).get();

        PixelReader px = image.getPixelReader();
        int h = (int) image.getHeight() - 20;
        double halt = chart.slotCentreX(HaltDay.HALT);
        assertFalse(Double.isNaN(halt));
        assertFalse(candleColumn(px, halt, h), "13:00 is empty");
        assertTrue(candleColumn(px, chart.slotCentreX(HaltDay.HALT - HaltDay.HOUR), h), "12:00 is drawn");
        assertTrue(candleColumn(px, chart.slotCentreX(HaltDay.HALT + HaltDay.HOUR), h), "14:00 is drawn");
    }
}
