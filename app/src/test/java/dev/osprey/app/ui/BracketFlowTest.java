package dev.osprey.app.ui;

import dev.osprey.core.order.Order;
import dev.osprey.core.order.OrderStatus;
import dev.osprey.core.order.OrderType;
import dev.osprey.core.order.Side;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A bracket on the moving replay: in the bundled capture BTCUSDT falls about 0.13 % in its first 100 s, so a market
 * buy with a 0.1 % stop-loss is stopped out while the 5 % take-profit waits, and is then cancelled.
 */
class BracketFlowTest extends WorkstationFxTest {

    @Override
    String replaySpeed() {
        return "20";
    }

    private static Optional<Order> row(FxRobot robot, String id) {
        return WorkstationHarness.blotterRows(robot).stream().filter(o -> o.clientOrderId().equals(id)).findFirst();
    }

    private static boolean shows(FxRobot robot, String id, OrderStatus s) {
        return row(robot, id).map(o -> o.status() == s).orElse(false);
    }

    @Test
    void whenBracketStopTriggersOnReplayedData_thenTakeProfitLegIsCancelled(FxRobot robot) throws Exception {
        harness.awaitLiveBook();
        fillTicket(robot, Side.BUY, OrderType.MARKET, "0.01", null);
        choose(robot, "#ticket-attach", TicketInput.Attach.BRACKET);
        type(robot, "#ticket-sl", "0.1");
        type(robot, "#ticket-tp", "5");
        robot.doubleClickOn("#ticket-arm").eraseText(10);

        robot.clickOn("#ticket-send");

        WorkstationHarness.await(() -> WorkstationHarness.blotterRows(robot).stream()
                .anyMatch(o -> o.clientOrderId().endsWith("-sl")));
        String entry = WorkstationHarness.blotterRows(robot).stream()
                .filter(o -> o.contingency() != null && o.contingency().role().name().equals("ENTRY"))
                .findFirst().orElseThrow().clientOrderId();
        assertEquals(OrderStatus.FILLED, row(robot, entry).orElseThrow().status());
        Order stop = row(robot, entry + "-sl").orElseThrow();
        assertTrue(stop.emulated(), "the stop is held by the engine: the paper venue has no native stop");
        assertEquals(OrderType.STOP_MARKET, stop.type());

        WorkstationHarness.await(() -> shows(robot, entry + "-sl", OrderStatus.FILLED));
        WorkstationHarness.await(() -> shows(robot, entry + "-tp", OrderStatus.CANCELED));
        assertTrue(row(robot, entry + "-tp").orElseThrow().reason().length() > 0);
    }
}
