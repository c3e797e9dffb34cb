package dev.osprey.app.install;

import javafx.scene.control.Dialog;
import javafx.stage.Window;

/** Dialogs get a scene of their own; this gives them the main window's theme. */
final class Dialogs {
    private Dialogs() {
    }

    static void theme(Dialog<?> dialog, Window owner) {
        if (owner != null && owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
            dialog.getDialogPane().getStyleClass().add("root");
        }
    }
}
