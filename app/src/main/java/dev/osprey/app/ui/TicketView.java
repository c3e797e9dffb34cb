package dev.osprey.app.ui;

import dev.osprey.core.engine.SubmitResult;
import dev.osprey.core.instrument.Instrument;
import dev.osprey.core.instrument.OrderRules;
import dev.osprey.core.order.OrderRequest;
import dev.osprey.core.order.OrderType;
import dev.osprey.core.order.Side;
import dev.osprey.core.venue.Balance;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The order ticket. Every field is checked against the instrument's rules before anything is sent; a problem is
 * shown under its field and nothing leaves. Enter sends while the focus is in the ticket.
 */
final class TicketView extends VBox {
    private final Instrument instrument;
    private final ToggleButton buy = new ToggleButton("BUY");
    private final ToggleButton sell = new ToggleButton("SELL");
    private final ChoiceBox<OrderType> type = new ChoiceBox<>();
    private final TextField qty = new TextField();
    private final TextField price = new TextField();
    private final Label qtyError = errorLabel("ticket-qty-error");
    private final Label priceError = errorLabel("ticket-price-error");
    private final Label status = new Label();
    private final Label available = new Label();
    private final Button send = new Button("Send");
    private final Function<Side, BigDecimal> referencePrice;
    private final Supplier<String> newId;
    private final Function<OrderRequest, SubmitResult> submit;

    TicketView(Instrument instrument, BigDecimal defaultQty, Function<Side, BigDecimal> referencePrice,
               Supplier<String> newId, Function<OrderRequest, SubmitResult> submit) {
        this.instrument = instrument;
        this.referencePrice = referencePrice;
        this.newId = newId;
        this.submit = submit;
        setId("ticket");
        getStyleClass().add("ticket");
        Label title = new Label("Order ticket — " + instrument.symbol());
        title.getStyleClass().add("panel-title");

        ToggleGroup sides = new ToggleGroup();
        buy.setToggleGroup(sides);
        sell.setToggleGroup(sides);
        buy.setId("ticket-buy");
        sell.setId("ticket-sell");
        buy.getStyleClass().add("buy");
        sell.getStyleClass().add("sell");
        buy.setSelected(true);
        sides.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                was.setSelected(true); // one side is always chosen
            }
        });
        type.setId("ticket-type");
        type.getItems().setAll(OrderType.values());
        type.setValue(OrderType.LIMIT);
        type.valueProperty().addListener((o, was, now) -> onTypeChanged());
        qty.setId("ticket-qty");
        qty.setText(defaultQty.toPlainString());
        price.setId("ticket-price");
        price.setPromptText("limit price");
        qty.textProperty().addListener((o, was, now) -> qtyError.setText(""));
        price.textProperty().addListener((o, was, now) -> priceError.setText(""));
        send.setId("ticket-send");
        send.setOnAction(e -> send());
        // Enter sends only while the focus is in the ticket: a stray Enter in the blotter must not trade.
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                send();
            }
        });
        status.setId("ticket-status");
        status.setWrapText(true);

        GridPane form = new GridPane();
        form.getStyleClass().add("ticket-form");
        form.addRow(0, new Label("Side"), new HBox(4, buy, sell));
        form.addRow(1, new Label("Type"), type);
        form.addRow(2, new Label("Quantity (" + instrument.baseAsset() + ")"), qty);
        form.add(qtyError, 1, 3);
        form.addRow(4, new Label("Price (" + instrument.quoteAsset() + ")"), price);
        form.add(priceError, 1, 5);
        available.setId("ticket-available");
        available.getStyleClass().add("ticket-available");
        getChildren().addAll(title, form, send, status, available);
    }

    /** Free balances of the instrument's two assets, so the trader sees what an order can use. */
    void render(List<Balance> balances) {
        StringBuilder sb = new StringBuilder("Free:");
        for (String asset : List.of(instrument.quoteAsset(), instrument.baseAsset())) {
            BigDecimal free = balances.stream().filter(b -> b.asset().equals(asset)).map(Balance::free)
                    .findFirst().orElse(BigDecimal.ZERO);
            sb.append("  ").append(free.stripTrailingZeros().toPlainString()).append(' ').append(asset);
        }
        String text = sb.toString();
        if (!text.equals(available.getText())) {
            available.setText(text);
        }
    }

    private static Label errorLabel(String id) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("field-error");
        l.setWrapText(true);
        return l;
    }

    /** A price picked in the book goes into the price field. */
    void offerPrice(String text) {
        price.setText(text);
        if (type.getValue() == OrderType.MARKET) {
            type.setValue(OrderType.LIMIT);
        }
    }

    private void onTypeChanged() {
        boolean needsPrice = type.getValue().needsPrice();
        price.setDisable(!needsPrice);
        priceError.setText("");
        if (!needsPrice) {
            price.clear();
        }
    }

    private void send() {
        Side side = buy.isSelected() ? Side.BUY : Side.SELL;
        OrderType t = type.getValue();
        BigDecimal q = parse(qty.getText(), qtyError);
        BigDecimal p = t.needsPrice() ? parse(price.getText(), priceError) : null;
        if (q == null || (t.needsPrice() && p == null)) {
            status.setText("");
            return;
        }
        List<OrderRules.Violation> problems = OrderRules.check(instrument, t, q, p, referencePrice.apply(side));
        if (!problems.isEmpty()) {
            for (OrderRules.Violation v : problems) {
                (v.field() == OrderRules.Field.PRICE ? priceError : v.field() == OrderRules.Field.QTY ? qtyError
                        : statusAsError()).setText(v.rejection().text());
            }
            return;
        }
        SubmitResult r = submit.apply(new OrderRequest(newId.get(), instrument.symbol(), side, t, q, p));
        status.getStyleClass().remove("field-error");
        if (r.isQueued()) {
            status.setText("Sent " + side + " " + q.toPlainString() + " " + t + " as " + r.clientOrderId());
        } else {
            statusAsError().setText("Refused: " + r.refusal().text());
        }
    }

    private Label statusAsError() {
        if (!status.getStyleClass().contains("field-error")) {
            status.getStyleClass().add("field-error");
        }
        return status;
    }

    /** Null (with the error shown) when the text is not a plain decimal number. */
    private static BigDecimal parse(String text, Label error) {
        String t = text == null ? "" : text.trim();
        if (t.isEmpty()) {
            error.setText("Required");
            return null;
        }
        try {
            BigDecimal v = new BigDecimal(t);
            if (t.contains("e") || t.contains("E")) {
                error.setText("Write a plain number, e.g. 0.01");
                return null;
            }
            return v;
        } catch (NumberFormatException e) {
            error.setText("Not a number: " + t);
            return null;
        }
    }
}
