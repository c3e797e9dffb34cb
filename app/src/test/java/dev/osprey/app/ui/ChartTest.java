package dev.osprey.app.ui;

import dev.osprey.core.chart.CandleInterval;
import dev.osprey.core.order.OrderStatus;
import dev.osprey.core.order.OrderType;
import dev.osprey.core.order.Side;
import javafx.scene.Node;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The chart tab: candles of the replayed trades, with the trader's own fill marked on them. */
class ChartTest extends WorkstationFxTest {
    private static final Color BUY_MARK = Color.web("#7fd1ff");

    private static int pixels(FxRobot robot, Color wanted) {
        Node chart = robot.lookup("#chart-candles").query();
        Image image;
        try {
            image = WaitForAsyncUtils.asyncFx(() -> chart.snapshot(null, null)).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        int n = 0;
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                Color c = image.getPixelReader().getColor(x, y);
                if (Math.abs(c.getRed() - wanted.getRed()) < 0.05 && Math.abs(c.getGreen() - wanted.getGreen()) < 0.05
                        && Math.abs(c.getBlue() - wanted.getBlue()) < 0.05) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void whenABuyFills_thenTheChartMarksItOnTheCandles_atEveryInterval(FxRobot robot) throws Exception {
        harness.awaitSettledBook();
        robot.clickOn("#tab-chart");
        assertTrue(pixels(robot, BUY_MARK) == 0, "no fill, no mark");

        fillTicket(robot, Side.BUY, OrderType.MARKET, "0.01", null);
        robot.type(KeyCode.ENTER);
        WorkstationHarness.await(() -> WorkstationHarness.blotterShows(robot, OrderStatus.FILLED));

        WorkstationHarness.await(() -> pixels(robot, BUY_MARK) > 10);
        assertTrue(pixels(robot, Color.web("#2fbf71")) + pixels(robot, Color.web("#e5484d")) > 50, "candles drawn");
        robot.clickOn("#chart-" + CandleInterval.H1.label());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(pixels(robot, BUY_MARK) > 10, "and on the 1h chart");
    }
}
