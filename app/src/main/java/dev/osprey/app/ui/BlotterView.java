package dev.osprey.app.ui;

import dev.osprey.core.order.Order;
import javafx.scene.control.Button;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import java.util.List;
import java.util.function.Consumer;

/** Every order of the session, newest first, with a Cancel button on each working one. */
final class BlotterView extends TableView<Order> {
    private List<Order> shown = List.of();

    BlotterView(int priceDecimals, Consumer<Order> onCancel) {
        setId("blotter");
        setPlaceholder(new javafx.scene.control.Label("No orders yet"));
        getColumns().add(cancelColumn(onCancel));
        getColumns().add(Columns.text("Time", 95, o -> Fmt.time(o.updatedMs())));
        getColumns().add(Columns.text("Id", 150, Order::clientOrderId));
        getColumns().add(Columns.text("Side", 50, o -> o.side().name()));
        getColumns().add(Columns.text("Type", 65, o -> o.type().name()));
        getColumns().add(Columns.text("Qty", 80, o -> Fmt.num(o.qty())));
        getColumns().add(Columns.text("Price", 90, o -> o.price() == null ? "MKT" : Fmt.num(o.price(), priceDecimals)));
        getColumns().add(Columns.text("Filled", 80, o -> Fmt.num(o.filledQty())));
        getColumns().add(Columns.text("Avg px", 90, o -> Fmt.num(o.avgFillPrice(), priceDecimals)));
        getColumns().add(Columns.text("Status", 120, o -> o.status().name()));
        getColumns().add(Columns.text("Reason", 260, Order::reason));
    }

    void render(List<Order> orders) {
        if (!orders.equals(shown)) {
            shown = orders;
            getItems().setAll(orders);
        }
    }

    private static TableColumn<Order, Order> cancelColumn(Consumer<Order> onCancel) {
        TableColumn<Order, Order> c = new TableColumn<>("");
        c.setPrefWidth(80);
        c.setSortable(false);
        c.setCellValueFactory(cell -> new javafx.beans.property.ReadOnlyObjectWrapper<>(cell.getValue()));
        c.setCellFactory(col -> new TableCell<>() {
            private final Button cancel = new Button("Cancel");

            {
                cancel.getStyleClass().add("cancel-order");
                cancel.setOnAction(e -> onCancel.accept(getItem()));
            }

            @Override
            protected void updateItem(Order order, boolean empty) {
                super.updateItem(order, empty);
                boolean show = !empty && order != null && order.isWorking();
                setGraphic(show ? cancel : null);
                if (show) {
                    cancel.setId("cancel-" + order.clientOrderId());
                }
            }
        });
        return c;
    }
}
