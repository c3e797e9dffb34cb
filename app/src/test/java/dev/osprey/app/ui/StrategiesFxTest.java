package dev.osprey.app.ui;

import dev.osprey.app.config.OspreyConfig;
import dev.osprey.core.engine.BookView;
import dev.osprey.core.market.FeedState;
import dev.osprey.core.order.Order;
import dev.osprey.core.order.OrderStatus;
import dev.osprey.core.strategy.StrategyStatus;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Strategies started and stopped from the window; their orders reach the blotter through the engine's risk path. */
class StrategiesFxTest extends WorkstationFxTest {

    /**
     * The bundled capture is 11 minutes long: 5-second candles at 20x make four a second for half a minute, so a
     * short MA cross signals within seconds.
     */
    @Override
    String replaySpeed() {
        return "20";
    }

    @Override
    OspreyConfig adjust(OspreyConfig bundled) {
        return bundled.withStrategies(new OspreyConfig.Strategies(5_000, bundled.strategies().capital()));
    }

    /** The book is on screen; at this speed its state may pass through a resync now and then. */
    private void awaitBook() throws Exception {
        WorkstationHarness.await(() -> {
            BookView b = harness.desk.engine().latest().books().get("BTCUSDT");
            return b != null && !b.asks().isEmpty() && !b.bids().isEmpty();
        });
    }

    private static TableView<StrategyStatus> table(FxRobot robot) {
        return robot.lookup("#strategies").queryTableView();
    }

    @Test
    void whenSettingsAreBad_thenNothingStarts_andTheReasonIsShown(FxRobot robot) throws Exception {
        awaitBook();
        robot.clickOn("Strategies");

        type(robot, "#strategy-fast", "5");
        type(robot, "#strategy-slow", "3");
        robot.clickOn("#strategy-start");

        String status = robot.lookup("#strategy-status").queryAs(Label.class).getText();
        assertTrue(status.startsWith("Not started: need 1 <= fast < slow"), status);
        assertTrue(table(robot).getItems().isEmpty());
    }

    /** A 2/3 MA cross on BTCUSDT, started from the tab as a trader would. */
    private void startShortMaCross(FxRobot robot) throws Exception {
        awaitBook();
        robot.clickOn("Strategies");
        type(robot, "#strategy-fast", "2");
        type(robot, "#strategy-slow", "3");
        robot.clickOn("#strategy-start");
        WorkstationHarness.await(() -> table(robot).getItems().size() == 1);
    }

    @Test
    void whenAnMaCrossIsStarted_thenItsOrdersFillThroughTheEngine_andStopEndsIt(FxRobot robot) throws Exception {
        startShortMaCross(robot);

        assertEquals(StrategyStatus.State.RUNNING, table(robot).getItems().get(0).state());
        WorkstationHarness.await(() -> WorkstationHarness.blotterRows(robot).stream()
                .anyMatch(o -> o.clientOrderId().startsWith("stg-") && o.status() == OrderStatus.FILLED));
        Order first = WorkstationHarness.blotterRows(robot).stream()
                .filter(o -> o.clientOrderId().startsWith("stg-")).reduce((a, b) -> b).orElseThrow();
        assertEquals("BTCUSDT", first.symbol());
        WorkstationHarness.await(() -> table(robot).getItems().get(0).ordersSent() >= 1);

        robot.interact(() -> table(robot).getSelectionModel().select(0));
        robot.clickOn("#strategy-stop");

        WorkstationHarness.await(() -> table(robot).getItems().get(0).state() == StrategyStatus.State.STOPPED);
        int sent = table(robot).getItems().get(0).ordersSent();
        long stoppedAt = harness.desk.engine().latest().timeMs();
        WorkstationHarness.await(() -> harness.desk.engine().latest().timeMs() >= stoppedAt + 40_000
                || harness.desk.engine().latest().books().get("BTCUSDT").feedState() == FeedState.ENDED);
        assertEquals(sent, table(robot).getItems().get(0).ordersSent(),
                "a stopped strategy sends nothing more over eight more candles");
    }

    @Test
    void whenTheStopHotkeyIsPressed_thenRunningStrategiesStop(FxRobot robot) throws Exception {
        startShortMaCross(robot);

        robot.clickOn("#strategies");
        robot.type(KeyCode.F12);

        WorkstationHarness.await(() -> table(robot).getItems().get(0).state() == StrategyStatus.State.STOPPED);
        assertTrue(robot.lookup("#halted-banner").query().isVisible());
    }
}
