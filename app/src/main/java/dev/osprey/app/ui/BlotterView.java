package dev.osprey.app.ui;

import dev.osprey.core.order.Order;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.util.converter.DefaultStringConverter;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Every order of the session, newest first. Working orders have a Cancel button, and their price and quantity can
 * be edited in place (double-click, type, Enter), which amends them. Orders the engine holds or partly manages
 * (stops, trailing stops, GTD) are marked "engine" in the Emulated column.
 */
final class BlotterView extends TableView<Order> {
    /** An edit of a working order: the new quantity or price (the other is null). */
    record Amend(Order order, BigDecimal newQty, BigDecimal newPrice) {
    }

    private final int priceDecimals;
    private List<Order> shown = List.of();

    BlotterView(int priceDecimals, Consumer<Order> onCancel, Consumer<Amend> onAmend) {
        this.priceDecimals = priceDecimals;
        setId("blotter");
        setEditable(true);
        setPlaceholder(new Label("No orders yet"));
        getColumns().add(cancelColumn(onCancel));
        getColumns().add(Columns.text("Time", 95, o -> Fmt.time(o.updatedMs())));
        getColumns().add(Columns.text("Id", 150, Order::clientOrderId));
        getColumns().add(Columns.text("Status", 125, o -> o.status().name()));
        getColumns().add(Columns.text("Side", 50, o -> o.side().name()));
        getColumns().add(Columns.text("Type", 120, o -> o.type().name()));
        getColumns().add(Columns.text("Emulated", 70, o -> o.emulated() ? "engine" : ""));
        getColumns().add(editable("Qty", 80, o -> Fmt.num(o.qty()), (o, v) -> onAmend.accept(new Amend(o, v, null))));
        getColumns().add(editable("Price", 90, this::priceText, (o, v) -> onAmend.accept(new Amend(o, null, v))));
        getColumns().add(Columns.text("Stop", 90, o -> Fmt.num(o.spec().stopPrice(), priceDecimals)));
        getColumns().add(Columns.text("Filled", 80, o -> Fmt.num(o.filledQty())));
        getColumns().add(Columns.text("Avg px", 90, o -> Fmt.num(o.avgFillPrice(), priceDecimals)));
        getColumns().add(Columns.text("TIF", 45, o -> o.spec().tif().name()));
        getColumns().add(Columns.text("Group", 110, o -> o.contingency() == null ? ""
                : o.contingency().role() + " " + o.contingency().groupId()));
        getColumns().add(Columns.text("Reason", 260, Order::reason));
    }

    /** Shows the orders unless the trader is editing a cell (a new list would throw the edit away). */
    void render(List<Order> orders) {
        if (!orders.equals(shown) && getEditingCell() == null) {
            shown = orders;
            getItems().setAll(orders);
        }
    }

    private String priceText(Order o) {
        if (o.price() != null) {
            return Fmt.num(o.price(), priceDecimals);
        }
        return o.type().isConditional() ? "" : "MKT";
    }

    private static TableColumn<Order, String> editable(String title, double width, Function<Order, String> value,
                                                       BiConsumer<Order, BigDecimal> onEdit) {
        TableColumn<Order, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setCellFactory(col -> new TextFieldTableCell<>(new DefaultStringConverter()) {
            @Override
            public void startEdit() {
                Order o = getTableRow() == null ? null : getTableRow().getItem();
                if (o != null && o.isWorking()) {
                    super.startEdit();
                }
            }
        });
        c.setOnEditCommit(e -> {
            try {
                onEdit.accept(e.getRowValue(), new BigDecimal(e.getNewValue().trim()));
            } catch (NumberFormatException ex) {
                e.getTableView().refresh(); // not a number: nothing is sent, the old value shows again
            }
        });
        return c;
    }

    private static TableColumn<Order, Order> cancelColumn(Consumer<Order> onCancel) {
        TableColumn<Order, Order> c = new TableColumn<>("");
        c.setPrefWidth(80);
        c.setSortable(false);
        c.setEditable(false);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
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
