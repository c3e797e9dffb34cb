package dev.osprey.app.ui;

import dev.osprey.app.config.OspreyConfig;
import dev.osprey.app.wiring.Desk;
import dev.osprey.app.wiring.ValidationSource;
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
                harness = WorkstationHarness.open(stage, replaySpeed(), this::validationSource, this::adjust,
                        dataDir(), null);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** Replay speed of the bundled capture; "max" unless a test needs the market to move while it trades. */
    String replaySpeed() {
        return "max";
    }

    /** Where the desk keeps its journal; null (the default) for a desk that keeps nothing. */
    java.nio.file.Path dataDir() {
        return null;
    }

    /** The bundled config as a test needs it; unchanged unless a test says otherwise. */
    OspreyConfig adjust(OspreyConfig bundled) {
        return bundled;
    }

    /** The paper records the mode dialog offers; the desk's own unless a test needs others. */
    ValidationSource validationSource(Desk desk) {
        return desk.validationSource();
    }

    @AfterEach
    void closeDesk() {
        harness.close();
    }

    /** Fills the ticket as a trader would; the caller decides how to send (Enter or the Send button). */
    static void choose(FxRobot robot, String choiceBoxId, Object value) {
        ChoiceBox<Object> box = robot.lookup(choiceBoxId).query();
        robot.interact(() -> box.setValue(value));
    }

    static void type(FxRobot robot, String fieldId, String text) {
        robot.doubleClickOn(fieldId).eraseText(30).write(text);
    }

    static void fillTicket(FxRobot robot, Side side, OrderType type, String qty, String price) {
        robot.clickOn(side == Side.BUY ? "#ticket-buy" : "#ticket-sell");
        choose(robot, "#ticket-type", type);
        type(robot, "#ticket-qty", qty);
        if (price != null) {
            type(robot, "#ticket-price", price);
        }
    }

    static long count(FxRobot robot, OrderStatus s) {
        return WorkstationHarness.blotterRows(robot).stream().filter(o -> o.status() == s).count();
    }
}
