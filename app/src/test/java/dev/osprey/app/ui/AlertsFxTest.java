package dev.osprey.app.ui;

import dev.osprey.core.alert.Alert;
import dev.osprey.core.alert.AlertKind;
import dev.osprey.core.alert.Severity;
import dev.osprey.core.order.OrderStatus;
import dev.osprey.core.order.OrderType;
import dev.osprey.core.order.Side;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AlertsFxTest extends WorkstationFxTest {

    @Test
    void whenRiskRejectsAnOrder_thenAWarningPopsUp_andTheAlertsTabListsIt(FxRobot robot) throws Exception {
        harness.awaitSettledBook();

        fillTicket(robot, Side.BUY, OrderType.LIMIT, "0.01", "55000.00");
        robot.type(KeyCode.ENTER);

        WorkstationHarness.await(() -> WorkstationHarness.blotterShows(robot, OrderStatus.REJECTED));
        WorkstationHarness.await(() -> popupText(robot).contains("rejected: Risk: price too far from the mid"));
        assertTrue(popupText(robot).contains("Order rejected"), popupText(robot));

        robot.clickOn("#tab-alerts");
        TableView<Alert> table = robot.lookup("#alerts").queryTableView();
        WorkstationHarness.await(() -> table.getItems().stream().anyMatch(a -> a.kind() == AlertKind.ORDER_REJECTED));
        Alert rejected = table.getItems().stream().filter(a -> a.kind() == AlertKind.ORDER_REJECTED).findFirst()
                .orElseThrow();
        assertEquals(Severity.WARNING, rejected.severity());
        assertTrue(rejected.text().contains("BUY 0.01 BTCUSDT"), rejected.text());
    }

    /** The text of every ControlsFX notification on screen, in any window. */
    private static String popupText(FxRobot robot) {
        StringBuilder b = new StringBuilder();
        robot.lookup(".notification-bar .label").queryAllAs(Labeled.class).forEach(l -> b.append(l.getText())
                .append('\n'));
        robot.lookup(".notification-bar .title").queryAllAs(Labeled.class).forEach(l -> b.append(l.getText())
                .append('\n'));
        return b.toString();
    }
}
