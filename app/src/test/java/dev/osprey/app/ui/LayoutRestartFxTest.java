package dev.osprey.app.ui;

import dev.osprey.app.ui.layout.LayoutFile;
import dev.osprey.app.ui.layout.PaneDock;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
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

    @Test
    void whenTheTraderMovesPanes_thenTheyWorkThereAndComeBackAfterARestart(FxRobot robot) throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        open(stage);

        robot.drag("#tab-fills").dropTo("#tab-ticket");
        assertEquals(PaneDock.Area.UPPER_RIGHT, dock().areaOf("fills"), "dragging a tab moves its pane");
        robot.rightClickOn("#tab-chart").clickOn("Move to left");
        assertEquals(PaneDock.Area.LEFT, dock().areaOf("chart"));
        assertTrue(tabsOf(robot, "#market-tabs").contains("tab-chart"), "the chart sits beside the book");
        robot.clickOn("#tab-chart");
        Node charts = robot.lookup("#charts").query();
        double left = charts.localToScene(charts.getBoundsInLocal()).getMinX();
        assertTrue(charts.isVisible() && left < stage.getWidth() / 4, "the chart shows on the left, at x=" + left);
        FxToolkit.setupFixture(harness::close);

        open(stage);

        assertEquals(PaneDock.Area.LEFT, dock().areaOf("chart"));
        assertEquals(PaneDock.Area.UPPER_RIGHT, dock().areaOf("fills"));
        assertEquals(java.util.List.of("tab-ticket", "tab-fills"), tabsOf(robot, "#ticket-tabs"));

        robot.clickOn("#tab-positions").press(KeyCode.ALT).type(KeyCode.M).release(KeyCode.ALT);
        robot.clickOn("Move to left");
        assertEquals(PaneDock.Area.LEFT, dock().areaOf("positions"), "the keyboard moves the pane in front");
    }

    private PaneDock dock() {
        return harness.workstation.dock();
    }

    private static java.util.List<String> tabsOf(FxRobot robot, String area) {
        return robot.lookup(area).queryAs(TabPane.class).getTabs().stream().map(Tab::getId).toList();
    }
}
