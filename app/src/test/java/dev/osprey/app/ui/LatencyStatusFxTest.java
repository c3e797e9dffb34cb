package dev.osprey.app.ui;

import dev.osprey.core.venue.LatencyFigures;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The status bar shows what the venue's latency board holds, on the next pulse; nothing while it is empty. */
@ExtendWith(ApplicationExtension.class)
class LatencyStatusFxTest {
    private WorkstationHarness h;

    @Start
    void start(Stage stage) throws Exception {
        h = WorkstationHarness.open(stage, "max");
    }

    @AfterEach
    void close() {
        h.close();
    }

    @Test
    void whenTheVenuePublishesLatency_thenTheStatusBarShowsP50AndP99(FxRobot robot) throws Exception {
        Label latency = robot.lookup("#status-latency").queryAs(Label.class);
        assertFalse(latency.isVisible(), "paper publishes no latency: nothing is shown");

        h.desk.latency().publish(new LatencyFigures("binance", "submit→ack", 120, 12_400, 48_000, 91_000, 60_000));
        h.desk.latency().publish(new LatencyFigures("binance", "market data", 9_000, 850, 3_100, 9_000, 60_000));

        WorkstationHarness.await(latency::isVisible);
        assertEquals("submit→ack p50 12.4 ms p99 48.0 ms · market data p50 850 µs p99 3.1 ms", latency.getText());
    }
}
