package dev.osprey.app.ui;

import dev.osprey.app.wiring.Desk;
import dev.osprey.core.engine.SubmitResult;
import dev.osprey.core.order.Order;
import dev.osprey.core.order.OrderRequest;
import dev.osprey.core.order.OrderStatus;
import dev.osprey.core.order.OrderType;
import dev.osprey.core.order.Side;
import javafx.scene.control.TextArea;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A restart of the window on a data directory brings back the working order and the position of the last session,
 * reconciled with the (durable) paper venue, and says so.
 */
class RestoreOnStartTest extends WorkstationFxTest {
    @TempDir
    static Path data;

    @Override
    Path dataDir() {
        return data;
    }

    /** The session before the restart: one resting buy below the market, and one market buy that fills. */
    @BeforeAll
    static void lastSession() throws Exception {
        try (Desk desk = Desk.startPaper(WorkstationHarness.config("max"), data)) {
            until(() -> desk.engine().latest().books().get("BTCUSDT") != null
                    && !desk.engine().latest().books().get("BTCUSDT").bids().isEmpty());
            submit(desk, new OrderRequest("rest-1", "BTCUSDT", Side.BUY, OrderType.LIMIT, new BigDecimal("0.01"),
                    new BigDecimal("59500")));
            submit(desk, new OrderRequest("buy-1", "BTCUSDT", Side.BUY, OrderType.MARKET, new BigDecimal("0.002"),
                    null));
            until(() -> status(desk, "rest-1") == OrderStatus.ACCEPTED
                    && status(desk, "buy-1") == OrderStatus.FILLED);
        }
    }

    /** Waits on a condition; the FX toolkit is not up yet here, so no FX events are awaited. */
    private static void until(java.util.function.BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition::getAsBoolean);
    }

    private static void submit(Desk desk, OrderRequest r) {
        SubmitResult result = desk.engine().submit(r);
        assertTrue(result.isQueued(), result.toString());
    }

    private static OrderStatus status(Desk desk, String id) {
        return desk.engine().latest().orders().stream().filter(o -> o.clientOrderId().equals(id))
                .map(Order::status).findFirst().orElse(null);
    }

    @Test
    void theRestartedWindowShowsTheRestoredOrdersAndPositionAndTheStartUpReport(FxRobot robot) throws Exception {
        Desk.StartupReport startup = harness.desk.startup();
        assertTrue(startup.worthShowing(), "a start that restored orders says so");
        assertEquals(2, startup.restored().orders(), startup.text());
        assertEquals(1, startup.restored().working());
        assertEquals(1, startup.restored().openPositions());
        assertTrue(startup.reconciliation().clean(), "journal and paper ledger agree: " + startup.text());

        WorkstationHarness.await(() -> WorkstationHarness.blotterRows(robot).stream()
                .anyMatch(o -> o.clientOrderId().equals("rest-1") && o.status() == OrderStatus.ACCEPTED));
        assertTrue(WorkstationHarness.blotterRows(robot).stream()
                .anyMatch(o -> o.clientOrderId().equals("buy-1") && o.status() == OrderStatus.FILLED));
        assertEquals(0, new BigDecimal("0.002").compareTo(harness.desk.engine().latest().positions().get(0).qty()));

        robot.interact(() -> JournalMenu.showStartupReport(harness.desk, robot.listWindows().get(0)));
        TextArea report = robot.lookup("#journal-report").queryAs(TextArea.class);
        assertTrue(report.getText().startsWith("Restored 2 order(s), 1 working, 1 open position(s)"),
                report.getText());
        assertTrue(report.getText().contains("no differences"), report.getText());
        try (Stream<Path> files = Files.list(data.resolve("reports"))) {
            assertTrue(files.anyMatch(f -> f.getFileName().toString().startsWith("reconciliation-")),
                    "the report is kept as a file");
        }
    }
}
