package dev.osprey.app.ui;

import dev.osprey.core.engine.PositionView;
import dev.osprey.core.order.OrderStatus;
import dev.osprey.core.order.OrderType;
import dev.osprey.core.order.Side;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EmergencyStopTest extends WorkstationFxTest {

    private static void sendLimitBuy(FxRobot robot, String price) {
        fillTicket(robot, Side.BUY, OrderType.LIMIT, "0.01", price);
        robot.clickOn("#ticket-send");
    }

    @Test
    void whenStopPressed_thenWorkingOrdersCancelled_bannerShown_andNewOrderRefused(FxRobot robot) throws Exception {
        harness.awaitSettledBook();
        sendLimitBuy(robot, "60000.00");
        sendLimitBuy(robot, "60001.00");
        WorkstationHarness.await(() -> count(robot, OrderStatus.ACCEPTED) == 2);

        robot.clickOn("#stop-button");

        WorkstationHarness.await(() -> count(robot, OrderStatus.CANCELED) == 2);
        assertTrue(robot.lookup("#halted-banner").query().isVisible(), "HALTED banner shows");
        sendLimitBuy(robot, "60002.00");
        Label status = robot.lookup("#ticket-status").queryAs(Label.class);
        assertTrue(status.getText().startsWith("Refused: Trading is HALTED"), status.getText());
        assertEquals(2, WorkstationHarness.blotterRows(robot).size(), "the refused order never reached the engine");
    }

    @Test
    void whenStopPressedWithFlatten_thenThePositionIsClosedAtMarket(FxRobot robot) throws Exception {
        harness.awaitSettledBook();
        fillTicket(robot, Side.BUY, OrderType.MARKET, "0.02", null);
        robot.clickOn("#ticket-send");
        TableView<PositionView> positions = robot.lookup("#positions").queryTableView();
        WorkstationHarness.await(() -> !positions.getItems().isEmpty()
                && positions.getItems().get(0).qty().signum() > 0);

        robot.clickOn("#stop-flatten");
        robot.clickOn("#stop-button");

        WorkstationHarness.await(() -> positions.getItems().get(0).qty().signum() == 0);
        assertTrue(WorkstationHarness.blotterRows(robot).stream()
                .anyMatch(o -> o.clientOrderId().startsWith("flat-") && o.status() == OrderStatus.FILLED));
        assertTrue(robot.lookup("#halted-banner").query().isVisible());
    }

    @Test
    void whenHotkeyPressed_thenHalted_andRearmNeedsTheTypedPhrase(FxRobot robot) throws Exception {
        harness.awaitSettledBook();

        robot.clickOn("#book");
        robot.type(KeyCode.F12);
        WorkstationHarness.await(() -> robot.lookup("#halted-banner").query().isVisible());
        WorkstationHarness.await(() -> "EMERGENCY_STOP".equals(robot.lookup("#top-mode").queryAs(Label.class)
                .getText()));
        assertEquals("EMERGENCY_STOP", robot.lookup("#status-mode").queryAs(Label.class).getText());

        robot.clickOn("#rearm-button");
        robot.clickOn("#rearm-phrase").write("rearm");
        assertTrue(robot.lookup("#rearm-ok").query().isDisabled(), "wrong phrase cannot re-arm");
        robot.doubleClickOn("#rearm-phrase").eraseText(10).write("REARM");
        robot.clickOn("#rearm-ok");

        WorkstationHarness.await(() -> !robot.lookup("#halted-banner").query().isVisible());
        WorkstationHarness.await(() -> "PAPER".equals(robot.lookup("#top-mode").queryAs(Label.class).getText()));
        sendLimitBuy(robot, "60000.00");
        WorkstationHarness.await(() -> count(robot, OrderStatus.ACCEPTED) == 1);
        assertFalse(robot.lookup("#halted-banner").query().isVisible());
    }
}
