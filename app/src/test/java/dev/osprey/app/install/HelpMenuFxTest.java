package dev.osprey.app.install;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ApplicationExtension.class)
class HelpMenuFxTest {
    private static final BuildInfo BUILD = new BuildInfo("0.3.0", "0.3.0", "2026-11-23T10:00:00Z", "abc1234");

    @TempDir
    static Path tmp;

    private DataDir data;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        data = DataDir.prepare(tmp.resolve("osprey"));
        Label content = new Label("the workstation");
        content.setId("content");
        stage.setScene(new Scene(new StackPane(content), 640, 400));
        HelpMenu.attach(stage.getScene(), BUILD, data);
        stage.show();
    }

    @AfterEach
    void closeDialogs() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void whenAboutChosen_thenVersionBuildTimeCommitAndDataDirectoryShown(FxRobot robot) {
        robot.clickOn("Help").clickOn("About Osprey");

        TextArea facts = robot.lookup("#about-facts").queryAs(TextArea.class);
        assertTrue(facts.getText().contains("Osprey 0.3.0"), facts.getText());
        assertTrue(facts.getText().contains("Built: 2026-11-23T10:00:00Z"), facts.getText());
        assertTrue(facts.getText().contains("Commit: abc1234"), facts.getText());
        assertTrue(facts.getText().contains(data.root().toString()), facts.getText());
        assertTrue(robot.lookup("#content").tryQuery().isPresent(), "the window's content stays under the menu");
    }

    @Test
    void whenTipsDue_thenShownOnce_andTheMarkerIsWritten(FxRobot robot) {
        robot.interact(() -> FirstRunTips.showIfDue(stage, data, false));

        assertTrue(robot.lookup("#first-run-tips").tryQuery().isPresent());
        assertFalse(data.tipsDue(false), "shown once: the marker is in the data directory");
    }
}
