package dev.osprey.app.ui;

import dev.osprey.core.engine.PositionView;
import dev.osprey.core.order.Fill;
import dev.osprey.core.order.Order;
import dev.osprey.core.order.OrderStatus;
import dev.osprey.core.order.OrderType;
import dev.osprey.core.order.Side;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkstationTradingTest extends WorkstationFxTest {

    private static void enterOrder(FxRobot robot, Side side, OrderType type, String qty, String price) {
        fillTicket(robot, side, type, qty, price);
        robot.type(KeyCode.ENTER);
    }

    @Test
    void whenMarketBuyTyped_thenItFills_andPositionWithPnlAppears(FxRobot robot) throws Exception {
        harness.awaitSettledBook();

        enterOrder(robot, Side.BUY, OrderType.MARKET, "0.01", null);

        WorkstationHarness.await(() -> WorkstationHarness.blotterShows(robot, OrderStatus.FILLED));
        TableView<Fill> fills = robot.lookup("#fills").queryTableView();
        WorkstationHarness.await(() -> !fills.getItems().isEmpty());
        BigDecimal filled = fills.getItems().stream().map(Fill::qty).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, new BigDecimal("0.01").compareTo(filled));
        assertTrue(fills.getItems().get(0).fee().signum() > 0, "taker fee charged");

        TableView<PositionView> positions = robot.lookup("#positions").queryTableView();
        WorkstationHarness.await(() -> !positions.getItems().isEmpty());
        PositionView p = positions.getItems().get(0);
        assertEquals("BTCUSDT", p.symbol());
        assertEquals(0, new BigDecimal("0.01").compareTo(p.qty()));
        assertTrue(p.avgPrice().compareTo(new BigDecimal("50000")) > 0, "avg price is a real BTC price");
        assertTrue(p.mark() != null && p.fees().signum() > 0);
    }

    @Test
    void whenPriceEditedInTheBlotter_thenOrderIsReplacedAtTheNewPrice(FxRobot robot) throws Exception {
        harness.awaitSettledBook();
        enterOrder(robot, Side.BUY, OrderType.LIMIT, "0.01", "60000.00");
        WorkstationHarness.await(() -> WorkstationHarness.blotterShows(robot, OrderStatus.ACCEPTED));

        robot.doubleClickOn(robot.lookup("#blotter .table-cell").match(
                (TableCell<?, ?> c) -> "60000.00".equals(c.getText())).queryAs(Node.class));
        robot.eraseText(10).write("60100.00").type(KeyCode.ENTER);

        WorkstationHarness.await(() -> WorkstationHarness.blotterRows(robot).stream().anyMatch(o ->
                o.status() == OrderStatus.ACCEPTED && new BigDecimal("60100.00").compareTo(o.price()) == 0));
        assertTrue(WorkstationHarness.blotterShows(robot, OrderStatus.CANCELED), "the original was cancelled");
        assertEquals(2, WorkstationHarness.blotterRows(robot).size());
    }

    @Test
    void whenSwitchedToEthusdt_thenItsBookShows_andBothPositionsAreHeldAtOnce(FxRobot robot) throws Exception {
        harness.awaitSettledBook();
        WorkstationHarness.await(() -> {
            var eth = harness.desk.engine().latest().books().get("ETHUSDT");
            return eth != null && !eth.bids().isEmpty();
        });
        enterOrder(robot, Side.BUY, OrderType.MARKET, "0.01", null);
        WorkstationHarness.await(() -> WorkstationHarness.blotterShows(robot, OrderStatus.FILLED));

        choose(robot, "#symbol", "ETHUSDT");
        Label bestAsk = robot.lookup("#book-spread").queryAs(Label.class);
        WorkstationHarness.await(() -> bestAsk.getText().startsWith("Spread"));
        enterOrder(robot, Side.BUY, OrderType.MARKET, "0.1", null);

        TableView<PositionView> positions = robot.lookup("#positions").queryTableView();
        WorkstationHarness.await(() -> positions.getItems().size() == 2);
        PositionView eth = positions.getItems().stream().filter(p -> p.symbol().equals("ETHUSDT")).findFirst()
                .orElseThrow();
        assertEquals(0, new BigDecimal("0.1").compareTo(eth.qty()));
        assertTrue(eth.avgPrice().compareTo(new BigDecimal("1000")) > 0
                && eth.avgPrice().compareTo(new BigDecimal("10000")) < 0, "an ETH price, not a BTC one");
    }

    @Test
    void whenQuantityBelowLotMinimum_thenInlineError_andNothingSent(FxRobot robot) throws Exception {
        harness.awaitSettledBook();

        enterOrder(robot, Side.BUY, OrderType.LIMIT, "0.000001", "60000.00");

        Label error = robot.lookup("#ticket-qty-error").queryAs(Label.class);
        assertTrue(error.getText().startsWith("Quantity is below the minimum"), error.getText());
        assertTrue(WorkstationHarness.blotterRows(robot).isEmpty(), "nothing reaches the blotter");
        assertTrue(harness.desk.engine().latest().orders().isEmpty(), "nothing reaches the engine");
    }

    @Test
    void whenPriceFarFromTheMid_thenRiskRejectsIt_withItsReasonInTicketAndBlotter(FxRobot robot) throws Exception {
        harness.awaitSettledBook();

        enterOrder(robot, Side.BUY, OrderType.LIMIT, "0.01", "55000.00");

        WorkstationHarness.await(() -> WorkstationHarness.blotterShows(robot, OrderStatus.REJECTED));
        String reason = WorkstationHarness.blotterRows(robot).get(0).reason();
        assertTrue(reason.startsWith("Risk: price too far from the mid"), reason);
        Label status = robot.lookup("#ticket-status").queryAs(Label.class);
        WorkstationHarness.await(() -> status.getText().startsWith("Rejected"));
        assertTrue(status.getText().contains("Risk: price too far from the mid"), status.getText());
    }

    @Test
    void whenPriceOffTick_thenPriceErrorShown(FxRobot robot) throws Exception {
        harness.awaitSettledBook();

        enterOrder(robot, Side.SELL, OrderType.LIMIT, "0.01", "70000.005");

        Label error = robot.lookup("#ticket-price-error").queryAs(Label.class);
        assertTrue(error.getText().startsWith("Price is not a multiple of the tick size"), error.getText());
        assertTrue(harness.desk.engine().latest().orders().isEmpty());
    }

    @Test
    void whenWorkingLimitCancelledFromBlotter_thenCanceled(FxRobot robot) throws Exception {
        harness.awaitSettledBook();
        enterOrder(robot, Side.BUY, OrderType.LIMIT, "0.01", "60000.00");
        WorkstationHarness.await(() -> WorkstationHarness.blotterShows(robot, OrderStatus.ACCEPTED));
        String id = WorkstationHarness.blotterRows(robot).get(0).clientOrderId();

        robot.clickOn("#cancel-" + id);

        WorkstationHarness.await(() -> WorkstationHarness.blotterShows(robot, OrderStatus.CANCELED));
        List<Order> rows = WorkstationHarness.blotterRows(robot);
        assertEquals(1, rows.size());
        assertEquals(OrderStatus.CANCELED, rows.get(0).status());
    }
}
