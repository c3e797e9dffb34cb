package dev.osprey.app.ui.keys;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.util.List;

/**
 * The hotkey help laid over the window (F1 opens and closes it, Esc closes it): every shortcut with what it
 * does, grouped. It lists the same {@link Hotkeys} the scene uses, so it is never out of date.
 */
public final class HelpOverlay extends StackPane {
    public HelpOverlay(List<Hotkey> keys) {
        setId("hotkey-help");
        getStyleClass().add("hotkey-help");
        GridPane grid = new GridPane();
        grid.setHgap(18);
        grid.setVgap(4);
        int row = 0;
        String group = null;
        for (Hotkey h : keys) {
            if (!h.group().equals(group)) {
                group = h.group();
                Label g = new Label(group);
                g.getStyleClass().add("hotkey-group");
                grid.add(g, 0, row++, 2, 1);
            }
            Label k = new Label(h.keysText());
            k.getStyleClass().add("hotkey-keys");
            grid.add(k, 0, row);
            grid.add(new Label(h.description()), 1, row++);
        }
        Label title = new Label("Keyboard shortcuts");
        title.getStyleClass().add("panel-title");
        Label hint = new Label("Tab / Shift+Tab move between fields and buttons, Space presses a button. "
                + "F1 or Esc closes this.");
        VBox box = new VBox(10, title, grid, hint);
        box.getStyleClass().add("hotkey-box");
        box.setPadding(new Insets(18));
        box.setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        getChildren().add(box);
        setAlignment(Pos.CENTER);
        setVisible(false);
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                setVisible(false);
                e.consume();
            }
        });
        setOnMouseClicked(e -> setVisible(false));
    }

    public void toggle() {
        setVisible(!isVisible());
        if (isVisible()) {
            requestFocus();
        }
    }
}
