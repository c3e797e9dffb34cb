package dev.osprey.app.ui;

import dev.osprey.app.ui.TicketInput.Attach;
import dev.osprey.app.ui.TicketOrder.Field;
import dev.osprey.core.engine.Command;
import dev.osprey.core.engine.SubmitResult;
import dev.osprey.core.instrument.Instrument;
import dev.osprey.core.order.Order;
import dev.osprey.core.order.OrderStatus;
import dev.osprey.core.order.OrderType;
import dev.osprey.core.order.Side;
import dev.osprey.core.order.TimeInForce;
import dev.osprey.core.order.Trailing;
import dev.osprey.core.venue.Balance;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
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
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The order ticket: every order type with only the fields it needs, time in force, post-only and reduce-only, and
 * a bracket or OCO leg attached. Every field is checked before anything is sent; a problem is shown under its field
 * and nothing leaves. Enter sends while the focus is in the ticket.
 */
final class TicketView extends VBox {
    /** What the ticket needs from the rest of the window. */
    interface Desk {
        BigDecimal referencePrice(Side side);

        BigDecimal lastPrice();

        long nowMs();

        String newClientOrderId();

        SubmitResult submit(Command command);
    }

    private final Instrument instrument;
    private final Desk desk;
    private final ToggleButton buy = new ToggleButton("BUY");
    private final ToggleButton sell = new ToggleButton("SELL");
    private final ChoiceBox<OrderType> type = choice("ticket-type", OrderType.values(), OrderType.LIMIT);
    private final ChoiceBox<TimeInForce> tif = choice("ticket-tif", TimeInForce.values(), TimeInForce.GTC);
    private final ChoiceBox<Trailing.Kind> trailKind = choice("ticket-trail-kind", Trailing.Kind.values(),
            Trailing.Kind.PERCENT);
    private final ChoiceBox<Attach> attach = choice("ticket-attach", Attach.values(), Attach.NONE);
    private final TextField qty = field("ticket-qty", "");
    private final TextField price = field("ticket-price", "limit price");
    private final TextField stop = field("ticket-stop", "trigger price");
    private final TextField trail = field("ticket-trail", "e.g. 1.5 (%) or 300 (USDT)");
    private final TextField expire = field("ticket-expire", "minutes");
    private final TextField stopLoss = field("ticket-sl", "%");
    private final TextField takeProfit = field("ticket-tp", "%");
    private final TextField trailArm = field("ticket-arm", "% (empty: no trail)");
    private final TextField ocoStop = field("ticket-oco-stop", "stop price of the other leg");
    private final TextField ocoLimit = field("ticket-oco-limit", "limit (empty: stop-market)");
    private final CheckBox postOnly = new CheckBox("Post-only");
    private final CheckBox reduceOnly = new CheckBox("Reduce-only");
    private final Label status = new Label();
    private final Label available = new Label();
    private final Map<Field, FormRow> rows = new EnumMap<>(Field.class);
    private final FormRow tifRow;
    private final FormRow bracketArm;
    private final FormRow bracketTp;
    private final FormRow ocoLimitRow;
    /** The last order this ticket sent, watched until the engine has taken or refused it. */
    private String pendingId;

    TicketView(Instrument instrument, TicketDefaults defaults, Desk desk) {
        this.instrument = instrument;
        this.desk = desk;
        setId("ticket");
        getStyleClass().add("ticket");
        Label title = new Label("Order ticket — " + instrument.symbol());
        title.getStyleClass().add("panel-title");
        sides();
        qty.setText(defaults.qty().toPlainString());
        stopLoss.setText(defaults.stopLossPercent().toPlainString());
        takeProfit.setText(defaults.takeProfitPercent().toPlainString());
        trailArm.setText(defaults.trailArmPercent() == null ? "" : defaults.trailArmPercent().toPlainString());
        postOnly.setId("ticket-post-only");
        reduceOnly.setId("ticket-reduce-only");

        GridPane form = new GridPane();
        form.getStyleClass().add("ticket-form");
        form.addRow(0, new Label("Side"), new HBox(4, buy, sell));
        form.addRow(1, new Label("Type"), type);
        rows.put(Field.QTY, new FormRow(form, 2, "Quantity (" + instrument.baseAsset() + ")", qty, "ticket-qty-error"));
        rows.put(Field.PRICE, new FormRow(form, 3, "Price (" + instrument.quoteAsset() + ")", price,
                "ticket-price-error"));
        rows.put(Field.STOP, new FormRow(form, 4, "Stop price", stop, "ticket-stop-error"));
        rows.put(Field.TRAIL, new FormRow(form, 5, "Trail", new HBox(4, trail, trailKind), "ticket-trail-error"));
        tifRow = new FormRow(form, 6, "Time in force", new HBox(8, tif, postOnly, reduceOnly), "ticket-tif-error");
        rows.put(Field.EXPIRY, new FormRow(form, 7, "Expires after", expire, "ticket-expire-error"));
        form.addRow(8, new Label("Attach"), attach);
        rows.put(Field.BRACKET, new FormRow(form, 9, "Stop-loss %", stopLoss, "ticket-bracket-error"));
        bracketTp = new FormRow(form, 10, "Take-profit %", takeProfit, "ticket-tp-error");
        bracketArm = new FormRow(form, 11, "Trail after profit %", trailArm, "ticket-arm-error");
        rows.put(Field.OCO, new FormRow(form, 12, "OCO stop", ocoStop, "ticket-oco-error"));
        ocoLimitRow = new FormRow(form, 13, "OCO stop limit", ocoLimit, "ticket-oco-limit-error");

        Button send = new Button("Send");
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
        available.setId("ticket-available");
        available.getStyleClass().add("ticket-available");
        type.valueProperty().addListener((o, was, now) -> layoutFields());
        tif.valueProperty().addListener((o, was, now) -> layoutFields());
        attach.valueProperty().addListener((o, was, now) -> layoutFields());
        layoutFields();
        getChildren().addAll(title, form, send, status, available);
    }

    private void sides() {
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
    }

    private static <T> ChoiceBox<T> choice(String id, T[] values, T initial) {
        ChoiceBox<T> c = new ChoiceBox<>();
        c.setId(id);
        c.getItems().setAll(values);
        c.setValue(initial);
        return c;
    }

    private static TextField field(String id, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        return f;
    }

    /** Shows only the fields the chosen type, time in force and attachment use. */
    private void layoutFields() {
        OrderType t = type.getValue();
        rows.get(Field.PRICE).show(t.needsPrice());
        rows.get(Field.STOP).show(t.needsStopPrice() || t == OrderType.TRAILING_STOP);
        rows.get(Field.STOP).label.setText(t == OrderType.TRAILING_STOP ? "Activation price" : "Stop price");
        rows.get(Field.TRAIL).show(t == OrderType.TRAILING_STOP);
        tifRow.show(t != OrderType.MARKET);
        postOnly.setDisable(t != OrderType.LIMIT);
        rows.get(Field.EXPIRY).show(t != OrderType.MARKET && tif.getValue() == TimeInForce.GTD);
        Attach a = attach.getValue();
        rows.get(Field.BRACKET).show(a == Attach.BRACKET);
        bracketTp.show(a == Attach.BRACKET);
        bracketArm.show(a == Attach.BRACKET);
        rows.get(Field.OCO).show(a == Attach.OCO);
        ocoLimitRow.show(a == Attach.OCO);
    }

    /** A price picked in the book goes into the price field (a market order becomes a limit). */
    void offerPrice(String text) {
        if (!type.getValue().needsPrice()) {
            type.setValue(OrderType.LIMIT);
        }
        price.setText(text);
    }

    private void send() {
        rows.values().forEach(r -> r.error.setText(""));
        TicketInput in = new TicketInput(buy.isSelected() ? Side.BUY : Side.SELL, type.getValue(), qty.getText(),
                price.getText(), stop.getText(), trailKind.getValue(), trail.getText(), tif.getValue(),
                expire.getText(), postOnly.isSelected(), reduceOnly.isSelected(), attach.getValue(),
                stopLoss.getText(), takeProfit.getText(), trailArm.getText(), ocoStop.getText(), ocoLimit.getText());
        Side side = in.side();
        TicketOrder.Outcome out = TicketOrder.build(in, instrument, desk.referencePrice(side), desk.lastPrice(),
                desk.nowMs(), desk::newClientOrderId);
        status.getStyleClass().remove("field-error");
        status.setText("");
        if (!out.ok()) {
            out.errors().forEach((field, text) -> {
                if (field == Field.ORDER) {
                    status.getStyleClass().add("field-error");
                    status.setText(text);
                } else {
                    rows.get(field).error.setText(text);
                }
            });
            return;
        }
        SubmitResult r = desk.submit(out.command());
        if (r.isQueued()) {
            pendingId = r.clientOrderId();
            status.setText("Sent " + side + " " + in.qty().trim() + " " + in.type() + " as " + r.clientOrderId());
        } else {
            status.getStyleClass().add("field-error");
            status.setText("Refused: " + r.refusal().text());
        }
    }

    /** Shows the engine's or venue's refusal of the last order sent from here, with its reason. */
    void render(List<Order> orders) {
        if (pendingId == null) {
            return;
        }
        for (Order o : orders) {
            if (o.clientOrderId().equals(pendingId)) {
                if (o.status() == OrderStatus.REJECTED) {
                    status.getStyleClass().add("field-error");
                    status.setText("Rejected " + o.clientOrderId() + ": " + o.reason());
                }
                if (o.status() != OrderStatus.SUBMITTED) {
                    pendingId = null;
                }
                return;
            }
        }
    }

    /** Free balances of the instrument's two assets, so the trader sees what an order can use. */
    void renderBalances(List<Balance> balances) {
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
}
