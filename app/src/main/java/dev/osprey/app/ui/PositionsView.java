package dev.osprey.app.ui;

import dev.osprey.core.engine.PositionView;
import dev.osprey.core.venue.Balance;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.List;

/** Positions marked to the mid, and the account's balances. */
final class PositionsView extends VBox {
    private final TableView<PositionView> positions = new TableView<>();
    private final TableView<Balance> balances = new TableView<>();
    private List<PositionView> shownPositions = List.of();
    private List<Balance> shownBalances = List.of();

    PositionsView() {
        positions.setId("positions");
        positions.setPlaceholder(new Label("Flat: no positions"));
        positions.getColumns().add(Columns.text("Symbol", 80, PositionView::symbol));
        positions.getColumns().add(Columns.text("Qty", 90, p -> Fmt.num(p.qty())));
        positions.getColumns().add(Columns.text("Avg price", 100, p -> Fmt.num(p.avgPrice(), 2)));
        positions.getColumns().add(Columns.text("Mark", 100, p -> Fmt.num(p.mark(), 3)));
        positions.getColumns().add(Columns.text("Unrealised", 95, p -> Fmt.pnl(p.unrealizedPnl())));
        positions.getColumns().add(Columns.text("Realised", 95, p -> Fmt.pnl(p.realizedPnl())));
        positions.getColumns().add(Columns.text("Fees", 80, p -> Fmt.num(p.fees(), 4)));
        positions.getColumns().add(Columns.text("Net P&L", 95, p -> Fmt.pnl(p.netPnl())));
        balances.setId("balances");
        balances.setPlaceholder(new Label("No balances yet"));
        balances.getColumns().add(Columns.text("Asset", 80, Balance::asset));
        balances.getColumns().add(Columns.text("Free", 140, b -> Fmt.num(b.free())));
        balances.getColumns().add(Columns.text("Locked", 140, b -> Fmt.num(b.locked())));
        balances.getColumns().add(Columns.text("Total", 140, b -> Fmt.num(b.total())));
        positions.setPrefHeight(110);
        balances.setPrefHeight(110);
        VBox.setVgrow(positions, Priority.ALWAYS);
        VBox.setVgrow(balances, Priority.ALWAYS);
        getChildren().addAll(positions, balances);
    }

    void render(List<PositionView> p, List<Balance> b) {
        if (!p.equals(shownPositions)) {
            shownPositions = p;
            positions.getItems().setAll(p);
        }
        if (!b.equals(shownBalances)) {
            shownBalances = b;
            balances.getItems().setAll(b);
        }
    }
}
