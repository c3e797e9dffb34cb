package dev.osprey.app.ui;

import dev.osprey.app.ui.layout.LayoutFile;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The trader's arrangement survives closing the window and starting again on the same data directory. */
@ExtendWith(ApplicationExtension.class)
class LayoutRestartFxTest {
    @TempDir
    Path dataDir;
    private WorkstationHarness harness;

    private void open(Stage stage) throws Exception {
        FxToolkit.setupFixture(() -> {
            try {
                harness = WorkstationHarness.open(stage, "max", LayoutFile.in(dataDir));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        harness.awaitSettledBook();
    }

    @AfterEach
    void close() throws Exception {
        if (harness != null) {
            FxToolkit.setupFixture(harness::close);
        }
    }

    private static SplitPane split(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(SplitPane.class);
    }

    private static Node dividerOf(FxRobot robot, SplitPane pane) {
        return robot.lookup(".split-pane-divider").match(n -> n.getParent() == pane).queryAs(Node.class);
    }

    @Test
    void whenTheTraderRearrangesAndRestarts_thenTheLayoutThemeAndFontComeBack(FxRobot robot) throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        open(stage);
        SplitPane main = split(robot, "#main-split");
        double before = main.getDividerPositions()[0];
        robot.drag(dividerOf(robot, main)).moveBy(120, 0).drop();
        double dragged = main.getDividerPositions()[0];
        assertTrue(dragged > before + 0.05, "the divider moved: " + before + " -> " + dragged);
        robot.press(KeyCode.CONTROL).type(KeyCode.D).type(KeyCode.T).type(KeyCode.EQUALS)
                .release(KeyCode.CONTROL); // dashboard to the bottom, light theme, larger text
        double atClose = main.getDividerPositions()[0];
        FxToolkit.setupFixture(harness::close);

        open(stage);

        assertEquals(atClose, split(robot, "#main-split").getDividerPositions()[0], 0.01);
        assertEquals(Orientation.VERTICAL, split(robot, "#desk-split").getOrientation(), "dashboard at the bottom");
        assertTrue(stage.getScene().getStylesheets().stream().anyMatch(s -> s.endsWith("light.css")));
        assertTrue(stage.getScene().getRoot().getStyle().contains("13.2px"), stage.getScene().getRoot().getStyle());
    }
}
