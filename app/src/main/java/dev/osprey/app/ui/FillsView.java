package dev.osprey.app.ui;

import dev.osprey.core.order.Fill;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;

import java.util.List;

/** Executions, newest first. */
final class FillsView extends TableView<Fill> {
    private List<Fill> shown = List.of();

    FillsView(int priceDecimals) {
        setId("fills");
        setPlaceholder(new Label("No fills yet"));
        getColumns().add(Columns.text("Time", 95, f -> Fmt.time(f.timeMs())));
        getColumns().add(Columns.text("Order", 150, Fill::clientOrderId));
        getColumns().add(Columns.text("Side", 50, f -> f.side().name()));
        getColumns().add(Columns.text("Price", 90, f -> Fmt.num(f.price(), priceDecimals)));
        getColumns().add(Columns.text("Qty", 90, f -> Fmt.num(f.qty())));
        getColumns().add(Columns.text("Fee", 90, f -> Fmt.num(f.fee()) + " " + f.feeAsset()));
        getColumns().add(Columns.text("Liquidity", 80, f -> f.liquidity().name()));
        getColumns().add(Columns.text("Trade id", 90, Fill::tradeId));
    }

    void render(List<Fill> fills) {
        if (!fills.equals(shown)) {
            shown = fills;
            getItems().setAll(fills);
        }
    }
}
