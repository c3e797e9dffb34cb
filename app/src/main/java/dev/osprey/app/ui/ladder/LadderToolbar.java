package dev.osprey.app.ui.ladder;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;

/** Above the ladder: the quantity a click trades (presets fill the field), auto-centre and recentre. */
final class LadderToolbar extends FlowPane {
    private final TextField qty = new TextField();
    private final CheckBox autoCentre = new CheckBox("Auto-centre");

    LadderToolbar(List<BigDecimal> presets, Runnable recentre, Consumer<Boolean> onAutoCentre) {
        super(6, 4);
        setAlignment(Pos.CENTER_LEFT);
        Label title = new Label("Ladder");
        title.getStyleClass().add("panel-title");
        getChildren().add(title);
        for (BigDecimal p : presets) {
            String text = p.stripTrailingZeros().toPlainString();
            Button b = new Button(text);
            b.setId("ladder-preset-" + text.replace('.', '_'));
            b.setFocusTraversable(false);
            b.setOnAction(e -> qty.setText(text));
            getChildren().add(b);
        }
        qty.setId("ladder-qty");
        qty.setPrefColumnCount(6);
        qty.setText(presets.get(0).stripTrailingZeros().toPlainString());
        autoCentre.setId("ladder-autocentre");
        autoCentre.setSelected(true);
        autoCentre.selectedProperty().addListener((o, was, now) -> onAutoCentre.accept(now));
        Button centre = new Button("Centre");
        centre.setId("ladder-centre");
        centre.setOnAction(e -> recentre.run());
        getChildren().addAll(qty, autoCentre, centre);
    }

    String qty() {
        return qty.getText() == null ? "" : qty.getText();
    }

    void autoCentre(boolean on) {
        if (autoCentre.isSelected() != on) {
            autoCentre.setSelected(on);
        }
    }
}
