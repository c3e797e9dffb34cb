package dev.osprey.app.ui;

import dev.osprey.core.order.OrderStatus;
import dev.osprey.core.order.OrderType;
import dev.osprey.core.order.Side;
import javafx.scene.control.ChoiceBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.api.FxToolkit;

/** Base of the window tests: the real workstation on the bundled capture, and a trader's hands on the ticket. */
@ExtendWith(ApplicationExtension.class)
abstract class WorkstationFxTest {
    protected WorkstationHarness harness;

    // A @BeforeEach rather than @Start: TestFX only looks for @Start on the test class itself, not on a base class.
    @BeforeEach
    void openWorkstation() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            try {
                harness = WorkstationHarness.open(stage);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @AfterEach
    void closeDesk() {
        harness.close();
    }

    /** Fills the ticket as a trader would; the caller decides how to send (Enter or the Send button). */
    static void fillTicket(FxRobot robot, Side side, OrderType type, String qty, String price) {
        robot.clickOn(side == Side.BUY ? "#ticket-buy" : "#ticket-sell");
        ChoiceBox<OrderType> t = robot.lookup("#ticket-type").query();
        robot.interact(() -> t.setValue(type));
        robot.doubleClickOn("#ticket-qty").eraseText(20).write(qty);
        if (price != null) {
            robot.doubleClickOn("#ticket-price").eraseText(20).write(price);
        }
    }

    static long count(FxRobot robot, OrderStatus s) {
        return WorkstationHarness.blotterRows(robot).stream().filter(o -> o.status() == s).count();
    }
}
