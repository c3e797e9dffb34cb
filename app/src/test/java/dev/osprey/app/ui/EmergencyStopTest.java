package dev.osprey.app.ui;

import dev.osprey.core.order.OrderStatus;
import dev.osprey.core.order.OrderType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ApplicationExtension.class)
class EmergencyStopTest {
    private WorkstationHarness harness;

    @Start
    void start(Stage stage) throws Exception {
        harness = WorkstationHarness.open(stage);
    }

    @AfterEach
    void tearDown() {
        harness.close();
    }

    private void sendLimitBuy(FxRobot robot, String price) {
        robot.clickOn("#ticket-buy");
        ChoiceBox<OrderType> t = robot.lookup("#ticket-type").query();
        robot.interact(() -> t.setValue(OrderType.LIMIT));
        robot.doubleClickOn("#ticket-qty").eraseText(20).write("0.01");
        robot.doubleClickOn("#ticket-price").eraseText(20).write(price);
        robot.clickOn("#ticket-send");
    }

    private static long count(FxRobot robot, OrderStatus s) {
        return WorkstationHarness.blotterRows(robot).stream().filter(o -> o.status() == s).count();
    }

    @Test
    void whenStopPressed_thenWorkingOrdersCancelled_bannerShown_andNewOrderRefused(FxRobot robot) throws Exception {
        harness.awaitSettledBook();
        sendLimitBuy(robot, "30000.00");
        sendLimitBuy(robot, "30001.00");
        WorkstationHarness.await(() -> count(robot, OrderStatus.ACCEPTED) == 2);

        robot.clickOn("#stop-button");

        WorkstationHarness.await(() -> count(robot, OrderStatus.CANCELED) == 2);
        assertTrue(robot.lookup("#halted-banner").query().isVisible(), "HALTED banner shows");
        sendLimitBuy(robot, "30002.00");
        Label status = robot.lookup("#ticket-status").queryAs(Label.class);
        assertTrue(status.getText().startsWith("Refused: Trading is HALTED"), status.getText());
        assertEquals(2, WorkstationHarness.blotterRows(robot).size(), "the refused order never reached the engine");
    }

    @Test
    void whenHotkeyPressed_thenHalted_andRearmNeedsTheTypedPhrase(FxRobot robot) throws Exception {
        harness.awaitSettledBook();

        robot.clickOn("#book");
        robot.type(KeyCode.F12);
        WorkstationHarness.await(() -> robot.lookup("#halted-banner").query().isVisible());

        robot.clickOn("#rearm-button");
        robot.clickOn("#rearm-phrase").write("rearm");
        assertTrue(robot.lookup("#rearm-ok").query().isDisabled(), "wrong phrase cannot re-arm");
        robot.doubleClickOn("#rearm-phrase").eraseText(10).write("REARM");
        robot.clickOn("#rearm-ok");

        WorkstationHarness.await(() -> !robot.lookup("#halted-banner").query().isVisible());
        sendLimitBuy(robot, "30000.00");
        WorkstationHarness.await(() -> count(robot, OrderStatus.ACCEPTED) == 1);
        assertFalse(robot.lookup("#halted-banner").query().isVisible());
    }
}
