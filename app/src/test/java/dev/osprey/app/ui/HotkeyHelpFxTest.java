package dev.osprey.app.ui;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every action has a key, and F1 lists them. */
class HotkeyHelpFxTest extends WorkstationFxTest {

    private static boolean helpLists(FxRobot robot, String text) {
        return robot.lookup("#hotkey-help .label").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().contains(text));
    }

    @Test
    void whenF1IsPressed_thenTheShortcutsAreListed_andEscClosesThem(FxRobot robot) throws Exception {
        harness.awaitSettledBook();
        Node help = robot.lookup("#hotkey-help").query();
        assertFalse(help.isVisible());

        robot.type(KeyCode.F1);

        assertTrue(help.isVisible());
        assertTrue(helpLists(robot, "EMERGENCY STOP"), "the stop is listed");
        assertTrue(helpLists(robot, "F12"), "with its key");
        assertTrue(helpLists(robot, "Dark or light theme"));
        robot.type(KeyCode.ESCAPE);
        assertFalse(help.isVisible());
    }

    @Test
    void whenKeysArePressed_thenTheTicketSideAndTheTabsFollow(FxRobot robot) throws Exception {
        harness.awaitSettledBook();

        robot.press(KeyCode.ALT).type(KeyCode.S).release(KeyCode.ALT);
        assertTrue(robot.lookup("#ticket-sell").queryAs(ToggleButton.class).isSelected());
        assertTrue(robot.lookup("#ticket-qty").query().isFocused(), "the cursor waits in the quantity");

        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT3).release(KeyCode.CONTROL);
        assertEquals("tab-positions", robot.lookup("#tabs").queryAs(TabPane.class).getSelectionModel()
                .getSelectedItem().getId());
    }
}
