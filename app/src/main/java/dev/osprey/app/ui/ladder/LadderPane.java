package dev.osprey.app.ui.ladder;

import dev.osprey.app.ui.OnScreen;
import dev.osprey.core.engine.BookView;
import dev.osprey.core.engine.Command;
import dev.osprey.core.engine.Engine;
import dev.osprey.core.engine.EngineSnapshot;
import dev.osprey.core.engine.SubmitResult;
import dev.osprey.core.instrument.Instrument;
import dev.osprey.core.market.Scaled;
import dev.osprey.core.order.Order;
import dev.osprey.core.order.OrderStatus;
import dev.osprey.core.order.Side;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.math.BigDecimal;
import java.util.List;

/**
 * The depth ladder: one row per tick around the mid with bid and ask sizes, own working orders and the last trade.
 * Click the bid column to buy at that price, the ask column to sell, an own order to cancel it; drag an own order to
 * another row to move it. Renders the snapshot the window already rendered: no market data of its own.
 */
public final class LadderPane extends VBox {
    /** Puts the mid back in the middle row. */
    public static final KeyCombination RECENTRE = new KeyCodeCombination(KeyCode.C, KeyCombination.ALT_DOWN);
    private static final int SCROLL_TICKS = 3;

    private final Engine engine;
    private final LadderToolbar toolbar;
    private final LadderCanvas canvas = new LadderCanvas();
    private final Label status = new Label();
    private Instrument instrument;
    private LadderModel model;
    private LadderOrders orders;
    private EngineSnapshot snapshot;
    private BookView shownBook;
    private List<Order> shownOrders;
    private int pressRow = -1;
    private LadderColumn pressColumn;
    private String pendingId;

    public LadderPane(Engine engine, Instrument instrument, List<BigDecimal> qtyPresets) {
        this.engine = engine;
        this.toolbar = new LadderToolbar(qtyPresets, this::recentre, on -> {
            model.autoCentre(on);
            redraw();
        });
        setId("ladder");
        getStyleClass().add("ladder");
        setMinHeight(0);
        canvas.setId("ladder-canvas");
        status.setId("ladder-status");
        status.setWrapText(true);
        VBox.setVgrow(canvas, Priority.ALWAYS);
        getChildren().addAll(toolbar, canvas, status);
        canvas.setOnMousePressed(this::onPressed);
        canvas.setOnMouseReleased(this::onReleased);
        canvas.setOnScroll(this::onScroll);
        canvas.heightProperty().addListener((o, was, now) -> redraw());
        show(instrument);
    }

    /** Switches to another instrument: its tick, centred on its mid at the next render. */
    public void show(Instrument ins) {
        this.instrument = ins;
        this.model = new LadderModel(ins.symbol(), ins.tickSize());
        this.orders = new LadderOrders(ins, engine::newClientOrderId);
        toolbar.autoCentre(true);
        shownBook = null;
        redraw();
    }

    /**
     * Called every pulse with the window's latest snapshot; redraws only while on screen and only when the book or
     * the orders changed (a hidden ladder costs nothing and is redrawn when it shows again).
     */
    public void render(EngineSnapshot s) {
        this.snapshot = s;
        showOutcome(s.orders());
        if (!OnScreen.showing(this)) {
            shownBook = null;
            return;
        }
        BookView book = s.books().get(instrument.symbol());
        if (book == shownBook && s.orders() == shownOrders) {
            return;
        }
        redraw();
    }

    public void recentre() {
        model.recentre(book());
        redraw();
    }

    /** Where a price's cell is on screen, or null when the price is not on the ladder now. */
    public Point2D screenPointOf(BigDecimal price, LadderColumn column) {
        int row = model.rowOf(Scaled.of(price));
        return row < 0 ? null : canvas.localToScreen(canvas.cellCentre(row, column));
    }

    private BookView book() {
        return snapshot == null ? null : snapshot.books().get(instrument.symbol());
    }

    private void redraw() {
        if (model == null) {
            return;
        }
        BookView book = book();
        model.rows(canvas.fittingRows());
        model.follow(book);
        toolbar.autoCentre(model.autoCentre());
        List<Order> all = snapshot == null ? List.of() : snapshot.orders();
        shownBook = book;
        shownOrders = all;
        canvas.show(model.build(book, all), instrument.priceDecimals(), instrument.qtyDecimals());
    }

    private void onScroll(ScrollEvent e) {
        if (e.getDeltaY() != 0) {
            model.scroll(e.getDeltaY() > 0 ? SCROLL_TICKS : -SCROLL_TICKS);
            redraw();
        }
    }

    private void onPressed(MouseEvent e) {
        pressRow = canvas.rowAt(e.getY());
        pressColumn = canvas.columnAt(e.getX());
    }

    private void onReleased(MouseEvent e) {
        int row = canvas.rowAt(e.getY());
        if (pressRow < 0 || row < 0 || snapshot == null) {
            return;
        }
        long pressPrice = model.priceAt(pressRow);
        if (pressColumn == LadderColumn.BID && row == pressRow) {
            place(Side.BUY, pressPrice);
        } else if (pressColumn == LadderColumn.ASK && row == pressRow) {
            place(Side.SELL, pressPrice);
        } else if (pressColumn == LadderColumn.OWN_BUY || pressColumn == LadderColumn.OWN_SELL) {
            Side side = pressColumn == LadderColumn.OWN_BUY ? Side.BUY : Side.SELL;
            List<Order> own = orders.ownAt(snapshot.orders(), side, pressPrice);
            if (own.isEmpty()) {
                return;
            }
            if (row == pressRow) {
                orders.cancel(own).forEach(engine::post);
                say("Cancelling " + own.size() + " order(s) at " + plain(pressPrice), false);
            } else {
                long to = model.priceAt(row);
                orders.move(own, to).forEach(c -> submit(c, "Moving " + ((Command.Amend) c).clientOrderId()
                        + " to " + plain(to)));
            }
        }
    }

    private void place(Side side, long price) {
        LadderOrders.Outcome out = orders.limit(side, price, toolbar.qty());
        if (out.ok()) {
            submit(out.command(), side + " " + toolbar.qty().trim() + " @ " + plain(price));
        } else {
            say(out.error(), true);
        }
    }

    private void submit(Command c, String what) {
        SubmitResult r = engine.submit(c);
        if (r.isQueued()) {
            pendingId = r.clientOrderId();
            say(what + " as " + r.clientOrderId(), false);
        } else {
            say("Refused: " + r.refusal().text(), true);
        }
    }

    private void showOutcome(List<Order> all) {
        if (pendingId == null) {
            return;
        }
        for (Order o : all) {
            if (o.clientOrderId().equals(pendingId)) {
                if (o.status() == OrderStatus.REJECTED) {
                    say("Rejected " + o.clientOrderId() + ": " + o.reason(), true);
                }
                if (o.status() != OrderStatus.SUBMITTED) {
                    pendingId = null;
                }
                return;
            }
        }
    }

    private void say(String text, boolean error) {
        status.setText(text);
        status.getStyleClass().remove("field-error");
        if (error) {
            status.getStyleClass().add("field-error");
        }
    }

    private static String plain(long price) {
        return Scaled.toBigDecimal(price).stripTrailingZeros().toPlainString();
    }
}
