package dev.osprey.app.ui.blotter;

import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Show all / working / done, a symbol, and a search box above the blotter; every change re-filters at once. */
public final class BlotterFilterBar extends HBox {
    private static final String ALL_SYMBOLS = "All symbols";

    private final ChoiceBox<BlotterFilter.Scope> scope = new ChoiceBox<>();
    private final ChoiceBox<String> symbol = new ChoiceBox<>();
    private final TextField search = new TextField();
    private final Consumer<BlotterFilter> onChange;

    public BlotterFilterBar(List<String> symbols, Consumer<BlotterFilter> onChange) {
        super(8);
        this.onChange = onChange;
        getStyleClass().add("blotter-filters");
        scope.setId("blotter-scope");
        scope.getItems().setAll(BlotterFilter.Scope.values());
        scope.setValue(BlotterFilter.Scope.ALL);
        symbol.setId("blotter-symbol");
        List<String> choices = new ArrayList<>();
        choices.add(ALL_SYMBOLS);
        choices.addAll(symbols);
        symbol.getItems().setAll(choices);
        symbol.setValue(ALL_SYMBOLS);
        search.setId("blotter-search");
        search.setPromptText("Search id, side, status, reason (Ctrl+F)");
        HBox.setHgrow(search, Priority.ALWAYS);
        scope.valueProperty().addListener((o, a, b) -> changed());
        symbol.valueProperty().addListener((o, a, b) -> changed());
        search.textProperty().addListener((o, a, b) -> changed());
        getChildren().addAll(new Label("Show"), scope, symbol, search);
    }

    public BlotterFilter filter() {
        String s = symbol.getValue();
        return new BlotterFilter(scope.getValue(), ALL_SYMBOLS.equals(s) ? null : s, search.getText());
    }

    public void showScope(BlotterFilter.Scope s) {
        scope.setValue(s);
    }

    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    private void changed() {
        onChange.accept(filter());
    }
}
