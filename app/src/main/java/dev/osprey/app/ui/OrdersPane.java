package dev.osprey.app.ui;

import dev.osprey.app.wiring.Desk;
import dev.osprey.core.engine.Command;
import dev.osprey.core.engine.SubmitResult;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.function.Supplier;

/** The blotter with its actions: cancel-all for the chosen symbol or for everything, and amends from the table. */
final class OrdersPane extends VBox {
    private final Desk desk;
    private final BlotterView blotter;
    private final Button cancelSymbol = new Button();
    private final Label status = new Label();

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
        VBox.setVgrow(blotter, Priority.ALWAYS);
        getChildren().addAll(bar, blotter);
        showSymbol(currentSymbol.get());
    }

    BlotterView blotter() {
        return blotter;
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
