package dev.osprey.app.ui;

import dev.osprey.app.ui.blotter.BlotterFilter;
import dev.osprey.app.ui.blotter.BlotterFilterBar;
import dev.osprey.app.wiring.Desk;
import dev.osprey.core.engine.Command;
import dev.osprey.core.engine.SubmitResult;
import dev.osprey.core.instrument.Instrument;
import dev.osprey.core.order.Order;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.function.Supplier;

/**
 * The blotter with its actions: cancel-all for the chosen symbol or for everything, amends from the table, the
 * filters (all / working / done, symbol, search), and Delete to cancel the selected working order.
 */
final class OrdersPane extends VBox {
    private final Desk desk;
    private final BlotterView blotter;
    private final Button cancelSymbol = new Button();
    private final Label status = new Label();
    private final BlotterFilterBar filters;
    private List<Order> orders = List.of();

    OrdersPane(Desk desk, int priceDecimals, Supplier<String> currentSymbol) {
        this.desk = desk;
        this.blotter = new BlotterView(priceDecimals,
                o -> desk.engine().post(new Command.CancelOrder(o.symbol(), o.clientOrderId())), this::amend);
        cancelSymbol.setId("cancel-all-symbol");
        cancelSymbol.setOnAction(e -> desk.engine().post(new Command.CancelAll(currentSymbol.get())));
        Button cancelEverything = new Button("Cancel all (every symbol)");
        cancelEverything.setId("cancel-all");
        cancelEverything.setOnAction(e -> desk.engine().post(new Command.CancelAll(null)));
        status.setId("blotter-status");
        HBox bar = new HBox(8, cancelSymbol, cancelEverything, status);
        bar.getStyleClass().add("blotter-actions");
        filters = new BlotterFilterBar(desk.config().instruments().stream().map(Instrument::symbol).toList(),
                f -> blotter.render(f.apply(orders)));
        blotter.setOnKeyPressed(e -> {
            Order o = blotter.getSelectionModel().getSelectedItem();
            if (o == null || !o.isWorking() || blotter.getEditingCell() != null) {
                return;
            }
            if (e.getCode() == KeyCode.DELETE) {
                desk.engine().post(new Command.CancelOrder(o.symbol(), o.clientOrderId()));
                e.consume();
            } else if (e.getCode() == KeyCode.F2) {
                blotter.getColumns().stream().filter(c -> "Price".equals(c.getText())).findFirst()
                        .ifPresent(c -> blotter.edit(blotter.getSelectionModel().getSelectedIndex(), c));
                e.consume();
            }
        });
        VBox.setVgrow(blotter, Priority.ALWAYS);
        getChildren().addAll(bar, filters, blotter);
        showSymbol(currentSymbol.get());
    }

    BlotterView blotter() {
        return blotter;
    }

    BlotterFilterBar filters() {
        return filters;
    }

    /** The engine's orders, newest first, through the trader's filters. */
    void render(List<Order> all) {
        orders = all;
        blotter.render(filters.filter().apply(all));
    }

    void cancelAllForSymbol() {
        cancelSymbol.fire();
    }

    void showSymbol(String symbol) {
        cancelSymbol.setText("Cancel all " + symbol);
    }

    private void amend(BlotterView.Amend a) {
        SubmitResult r = desk.engine().submit(new Command.Amend(a.order().clientOrderId(), a.newQty(), a.newPrice(),
                desk.engine().newClientOrderId()));
        status.setText(r.isQueued() ? "Amending " + a.order().clientOrderId() + " -> " + r.clientOrderId()
                : "Amend refused: " + r.refusal().text());
    }
}
