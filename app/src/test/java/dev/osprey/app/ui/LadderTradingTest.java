package dev.osprey.app.ui;

import dev.osprey.app.ui.ladder.LadderColumn;
import dev.osprey.app.ui.ladder.LadderPane;
import dev.osprey.core.engine.BookView;
import dev.osprey.core.market.Scaled;
import dev.osprey.core.order.Order;
import dev.osprey.core.order.OrderStatus;
import dev.osprey.core.order.OrderType;
import dev.osprey.core.order.Side;
import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One-click trading on the depth ladder against the settled real BTCUSDT book. */
class LadderTradingTest extends WorkstationFxTest {
    private static final BigDecimal TICK = new BigDecimal("0.01");

    /** The trader brings the ladder up in place of the book. */
    private void showLadder(FxRobot robot) throws Exception {
        harness.awaitSettledBook();
        robot.clickOn("#tab-ladder");
    }

    private BookView book() {
        return harness.desk.engine().latest().books().get("BTCUSDT");
    }

    private static BigDecimal ticks(BigDecimal price, int n) {
        return price.add(TICK.multiply(BigDecimal.valueOf(n)));
    }

    private static Point2D cell(FxRobot robot, BigDecimal price, LadderColumn column) {
        Point2D p = onLadder(robot.lookup("#ladder").queryAs(LadderPane.class), price, column);
        assertNotNull(p, price + " is on the ladder");
        return p;
    }

    private static Optional<Order> working(FxRobot robot, Side side, BigDecimal price) {
        return WorkstationHarness.blotterRows(robot).stream().filter(o -> o.side() == side && o.price() != null
                && o.price().compareTo(price) == 0 && o.status() == OrderStatus.ACCEPTED).findFirst();
    }

    private BigDecimal bestBid() {
        return Scaled.toBigDecimal(book().bids().get(0).price());
    }

    private BigDecimal bestAsk() {
        return Scaled.toBigDecimal(book().asks().get(0).price());
    }

    @Test
    void whenBidAndAskColumnsClicked_thenLimitOrdersGoOutAtTheClickedPrices(FxRobot robot) throws Exception {
        showLadder(robot);
        robot.clickOn("#ladder-preset-0_01");
        BigDecimal below = ticks(bestBid(), -5);

        robot.clickOn(cell(robot, below, LadderColumn.BID));

        WorkstationHarness.await(() -> working(robot, Side.BUY, below).isPresent());
        Order buy = working(robot, Side.BUY, below).orElseThrow();
        assertEquals(OrderType.LIMIT, buy.type());
        assertEquals(0, new BigDecimal("0.01").compareTo(buy.qty()));

        // A buy at the best ask fills at once; the bitcoin it buys is then offered five ticks above the ask.
        BigDecimal ask = bestAsk();
        robot.clickOn(cell(robot, ask, LadderColumn.BID));
        WorkstationHarness.await(() -> WorkstationHarness.blotterShows(robot, OrderStatus.FILLED));
        BigDecimal above = ticks(ask, 5);
        robot.clickOn(cell(robot, above, LadderColumn.ASK));

        WorkstationHarness.await(() -> working(robot, Side.SELL, above).isPresent());
        Order sell = working(robot, Side.SELL, above).orElseThrow();
        assertEquals(OrderType.LIMIT, sell.type());
        assertEquals(0, new BigDecimal("0.01").compareTo(sell.qty()));
    }

    @Test
    void whenOwnOrderClicked_thenItIsCancelled(FxRobot robot) throws Exception {
        showLadder(robot);
        BigDecimal below = ticks(bestBid(), -5);
        robot.clickOn(cell(robot, below, LadderColumn.BID));
        WorkstationHarness.await(() -> working(robot, Side.BUY, below).isPresent());

        robot.clickOn(cell(robot, below, LadderColumn.OWN_BUY));

        WorkstationHarness.await(() -> WorkstationHarness.blotterShows(robot, OrderStatus.CANCELED));
        List<Order> rows = WorkstationHarness.blotterRows(robot);
        assertEquals(1, rows.size());
        assertEquals(0, below.compareTo(rows.get(0).price()));
    }

    @Test
    void whenOwnOrderDraggedToAnotherRow_thenItIsMovedToThatPrice(FxRobot robot) throws Exception {
        showLadder(robot);
        BigDecimal from = ticks(bestBid(), -5);
        BigDecimal to = ticks(bestBid(), -8);
        robot.clickOn(cell(robot, from, LadderColumn.BID));
        WorkstationHarness.await(() -> working(robot, Side.BUY, from).isPresent());

        robot.drag(cell(robot, from, LadderColumn.OWN_BUY), MouseButton.PRIMARY)
                .dropTo(cell(robot, to, LadderColumn.OWN_BUY));

        WorkstationHarness.await(() -> working(robot, Side.BUY, to).isPresent());
        assertTrue(WorkstationHarness.blotterShows(robot, OrderStatus.CANCELED), "the original was replaced");
        assertTrue(working(robot, Side.BUY, from).isEmpty());
        assertEquals(2, WorkstationHarness.blotterRows(robot).size());
    }

    @Test
    void whenScrolledAway_thenTheLadderStaysThere_untilAltCRecentresIt(FxRobot robot) throws Exception {
        showLadder(robot);
        BigDecimal bid = bestBid();
        LadderPane ladder = robot.lookup("#ladder").queryAs(LadderPane.class);
        CheckBox autoCentre = robot.lookup("#ladder-autocentre").queryAs(CheckBox.class);
        assertTrue(autoCentre.isSelected());

        robot.moveTo("#ladder-canvas").scroll(40, VerticalDirection.UP);

        WorkstationHarness.await(() -> onLadder(ladder, bid, LadderColumn.PRICE) == null);
        assertFalse(autoCentre.isSelected(), "scrolling frees the ladder");
        robot.press(KeyCode.ALT, KeyCode.C).release(KeyCode.C, KeyCode.ALT);
        WorkstationHarness.await(() -> onLadder(ladder, bid, LadderColumn.PRICE) != null);
    }

    /** Where the trader finds a price's cell now, or null when it is not on the ladder. */
    private static Point2D onLadder(LadderPane ladder, BigDecimal price, LadderColumn column) {
        try {
            return WaitForAsyncUtils.asyncFx(() -> ladder.screenPointOf(price, column)).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void whenQuantityIsNotALotMultiple_thenNothingIsSentAndTheLadderSaysWhy(FxRobot robot) throws Exception {
        showLadder(robot);
        type(robot, "#ladder-qty", "0.000001");

        robot.clickOn(cell(robot, ticks(bestBid(), -5), LadderColumn.BID));

        Label status = robot.lookup("#ladder-status").queryAs(Label.class);
        WorkstationHarness.await(() -> !status.getText().isEmpty());
        assertTrue(status.getText().contains("0.000001"), status.getText());
        assertTrue(WorkstationHarness.blotterRows(robot).isEmpty());
    }
}
