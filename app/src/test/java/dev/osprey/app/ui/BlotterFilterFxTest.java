package dev.osprey.app.ui;

import dev.osprey.core.order.Order;
import dev.osprey.core.order.OrderStatus;
import dev.osprey.core.order.OrderType;
import dev.osprey.core.order.Side;
import javafx.scene.control.TableRow;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The blotter's filters and search, used as a trader would: by mouse and by keyboard. */
class BlotterFilterFxTest extends WorkstationFxTest {

    private static List<OrderStatus> statuses(FxRobot robot) {
        return WorkstationHarness.blotterRows(robot).stream().map(Order::status).toList();
    }

    private void restingLimitAndFilledMarket(FxRobot robot) throws Exception {
        harness.awaitSettledBook();
        fillTicket(robot, Side.BUY, OrderType.LIMIT, "0.01", "60000.00");
        robot.type(KeyCode.ENTER);
        WorkstationHarness.await(() -> WorkstationHarness.blotterShows(robot, OrderStatus.ACCEPTED));
        fillTicket(robot, Side.BUY, OrderType.MARKET, "0.01", null);
        robot.type(KeyCode.ENTER);
        WorkstationHarness.await(() -> WorkstationHarness.blotterShows(robot, OrderStatus.FILLED));
    }

    @Test
    void whenWorkingOrDoneIsChosen_thenOnlyThoseOrdersShow(FxRobot robot) throws Exception {
        restingLimitAndFilledMarket(robot);

        choose(robot, "#blotter-scope", dev.osprey.app.ui.blotter.BlotterFilter.Scope.WORKING);
        assertEquals(List.of(OrderStatus.ACCEPTED), statuses(robot));

        robot.press(KeyCode.ALT).type(KeyCode.D).release(KeyCode.ALT);
        WorkstationHarness.await(() -> statuses(robot).equals(List.of(OrderStatus.FILLED)));

        choose(robot, "#blotter-symbol", "ETHUSDT");
        assertEquals(List.of(), statuses(robot), "no ETHUSDT orders");
    }

    @Test
    void whenSearchIsTyped_thenOnlyMatchingOrdersShow_andDeleteCancelsTheSelectedOne(FxRobot robot)
            throws Exception {
        restingLimitAndFilledMarket(robot);

        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        robot.write("limit accepted");
        WorkstationHarness.await(() -> statuses(robot).equals(List.of(OrderStatus.ACCEPTED)));

        // the row that shows the order: a table also keeps empty and hidden (recycled) row cells
        robot.clickOn(robot.lookup("#blotter .table-row-cell")
                .match((TableRow<?> row) -> row.getItem() != null && row.isVisible()).queryAs(TableRow.class));
        robot.type(KeyCode.DELETE);

        WorkstationHarness.await(() -> harness.desk.engine().latest().orders().stream()
                .anyMatch(o -> o.status() == OrderStatus.CANCELED));
        WorkstationHarness.await(() -> statuses(robot).isEmpty());
    }
}
