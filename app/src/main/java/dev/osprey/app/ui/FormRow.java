package dev.osprey.app.ui;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** One labelled row of a form with its error line underneath; hidden rows take no space. */
final class FormRow {
    final Label label;
    final Node control;
    final Label error = new Label();

    FormRow(GridPane grid, int row, String text, Node control, String errorId) {
        this.label = new Label(text);
        this.control = control;
        error.setId(errorId);
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.setManaged(false);
        error.setVisible(false);
        error.textProperty().addListener((o, was, now) -> {
            boolean has = now != null && !now.isEmpty();
            error.setManaged(has);
            error.setVisible(has);
        });
        grid.add(label, 0, row);
        grid.add(new VBox(2, control, error), 1, row);
    }

    void show(boolean visible) {
        for (Node n : new Node[] {label, control.getParent()}) {
            n.setVisible(visible);
            n.setManaged(visible);
        }
        if (!visible) {
            error.setText("");
        }
    }
}
