package dev.osprey.app.ui;

import dev.osprey.app.ui.dashboard.DashboardView;
import dev.osprey.core.order.OrderStatus;
import dev.osprey.core.order.OrderType;
import dev.osprey.core.order.Side;
import eu.hansolo.tilesfx.Tile;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The TilesFX dashboard in the real window (headless Monocle): it draws, and it follows what the trader does. */
class DashboardFxTest extends WorkstationFxTest {

    private static String tile(FxRobot robot, String id) {
        DashboardView d = robot.lookup("#dashboard").queryAs(DashboardView.class);
        return d.textOf(id);
    }

    @Test
    void whenTheDeskStarts_thenTheTilesAreDrawnWithTheModeAndTheFeeds(FxRobot robot) throws Exception {
        harness.awaitSettledBook();
        WorkstationHarness.await(() -> tile(robot, "feeds").contains("BTCUSDT ENDED"));

        Tile mode = robot.lookup("#tile-mode").queryAs(Tile.class);
        assertNotNull(mode.getSkin(), "TilesFX skinned the tile");
        assertTrue(mode.isVisible() && mode.getWidth() > 100 && mode.getHeight() > 80, "the tile has room");
        assertEquals("PAPER", mode.getDescription());
        assertEquals("Mode: PAPER (trading ACTIVE)", tile(robot, "mode"));
        assertTrue(tile(robot, "breaker").startsWith("Breaker: CLOSED"), tile(robot, "breaker"));
        assertTrue(tile(robot, "latency-md").matches("Market data → engine: [0-9.]+ (µs|ms) / .*"),
                tile(robot, "latency-md"));
    }

    @Test
    void whenAMarketOrderFills_thenOrdersPerMinuteAckLatencyAndThePositionShow(FxRobot robot) throws Exception {
        harness.awaitSettledBook();

        fillTicket(robot, Side.BUY, OrderType.MARKET, "0.01", null);
        robot.type(KeyCode.ENTER);
        WorkstationHarness.await(() -> WorkstationHarness.blotterShows(robot, OrderStatus.FILLED));

        WorkstationHarness.await(() -> tile(robot, "positions").equals("Open positions: 1 (BTCUSDT 0.01)"));
        assertEquals("Orders / min: 1 (sent in the last 60 s)", tile(robot, "orders-rate"));
        assertTrue(tile(robot, "latency-ack").contains("1 in all"), tile(robot, "latency-ack"));
        assertTrue(tile(robot, "exposure").matches("Exposure: [1-9][0-9]{2}\\.[0-9]{2} USDT .*"),
                "0.01 BTC is worth hundreds of USDT: " + tile(robot, "exposure"));
        assertTrue(tile(robot, "pnl-total").contains("-"), "a taker fee was paid: " + tile(robot, "pnl-total"));
    }
}
