package dev.osprey.app.ui;

import dev.osprey.app.config.OspreyConfig;
import dev.osprey.app.wiring.Desk;
import dev.osprey.core.engine.BookView;
import dev.osprey.core.engine.Command;
import dev.osprey.core.engine.EngineSnapshot;
import dev.osprey.core.engine.SubmitResult;
import dev.osprey.core.instrument.Instrument;
import dev.osprey.core.market.OrderBook;
import dev.osprey.core.market.Scaled;
import dev.osprey.core.order.Side;
import javafx.animation.AnimationTimer;
import javafx.geometry.Insets;
import javafx.geometry.Rectangle2D;
import javafx.geometry.Orientation;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The main window's content. It observes: once per pulse it reads the engine's latest snapshot and, if it is new,
 * renders it; user actions become engine commands. Market data never reaches the FX thread any other way.
 */
public final class Workstation {
    private final Desk desk;
    private final Instrument instrument;
    private final OrderBookView book;
    private final TicketView ticket;
    private final BlotterView blotter;
    private final FillsView fills;
    private final PositionsView positions = new PositionsView();
    private final StatusBar status;
    private final StopControls stop;
    private final BorderPane root = new BorderPane();
    private final Label blotterStatus = new Label();
    private final AnimationTimer pulse;
    private volatile EngineSnapshot rendered;
    private Runnable onFirstBookFrame = () -> { };

    public Workstation(Desk desk) {
        this.desk = desk;
        this.instrument = desk.instrument();
        int priceDecimals = Math.max(0, instrument.tickSize().stripTrailingZeros().scale());
        int qtyDecimals = Math.max(0, instrument.lotStep().stripTrailingZeros().scale());
        OspreyConfig.Bracket bracket = desk.config().oms().bracket();
        this.ticket = new TicketView(instrument, new TicketDefaults(desk.config().ui().defaultQty(),
                bracket.stopLossPercent(), bracket.takeProfitPercent(), bracket.trailArmPercent()), new TicketDesk());
        this.book = new OrderBookView(priceDecimals, qtyDecimals, ticket::offerPrice);
        this.fills = new FillsView(priceDecimals);
        this.blotter = new BlotterView(priceDecimals,
                o -> desk.engine().post(new Command.CancelOrder(o.symbol(), o.clientOrderId())), this::amend);
        this.status = new StatusBar(desk.config().mode(), desk.speedLabel());
        this.stop = new StopControls(desk.killSwitch(), desk.gate());
        layout();
        this.pulse = new AnimationTimer() {
            @Override
            public void handle(long now) {
                onPulse();
            }
        };
    }

    /** Runs once, on the first pulse that renders the replayed book (both sides non-empty). */
    public void onFirstBookFrame(Runnable r) {
        this.onFirstBookFrame = Objects.requireNonNull(r);
    }

    public Scene scene() {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(1280, screen.getWidth()), Math.min(820, screen.getHeight()));
        scene.getStylesheets().add(Objects.requireNonNull(
                Workstation.class.getResource("/osprey/themes/dark.css")).toExternalForm());
        scene.getAccelerators().put(StopControls.HOTKEY, stop::engage);
        pulse.start();
        return scene;
    }

    public void stop() {
        pulse.stop();
    }

    private void layout() {
        Label title = new Label("Osprey — " + instrument.symbol());
        title.getStyleClass().add("app-title");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label mode = new Label(desk.config().mode());
        mode.setId("top-mode");
        mode.getStyleClass().addAll("mode-badge", "mode-" + desk.config().mode().toLowerCase());
        HBox top = new HBox(12, title, mode, spacer, stop.button());
        top.getStyleClass().add("top-bar");
        top.setPadding(new Insets(8));
        root.setTop(new VBox(top, stop.banner()));

        TabPane tabs = new TabPane(tab("Orders", new VBox(orderActions(), blotter)), tab("Fills", fills),
                tab("Positions", positions));
        VBox.setVgrow(blotter, Priority.ALWAYS);
        tabs.setId("tabs");
        VBox.setVgrow(tabs, Priority.ALWAYS);
        SplitPane centre = new SplitPane(ticket, tabs);
        centre.setOrientation(Orientation.VERTICAL);
        centre.setDividerPositions(0.36);
        SplitPane main = new SplitPane(book, centre);
        main.setDividerPositions(0.27);
        root.setCenter(main);
        root.setBottom(status);
    }

    private HBox orderActions() {
        Button cancelSymbol = new Button("Cancel all " + instrument.symbol());
        cancelSymbol.setId("cancel-all-symbol");
        cancelSymbol.setOnAction(e -> desk.engine().post(new Command.CancelAll(instrument.symbol())));
        Button cancelEverything = new Button("Cancel all (every symbol)");
        cancelEverything.setId("cancel-all");
        cancelEverything.setOnAction(e -> desk.engine().post(new Command.CancelAll(null)));
        blotterStatus.setId("blotter-status");
        HBox bar = new HBox(8, cancelSymbol, cancelEverything, blotterStatus);
        bar.getStyleClass().add("blotter-actions");
        return bar;
    }

    private void amend(BlotterView.Amend a) {
        Command.Amend cmd = new Command.Amend(a.order().clientOrderId(), a.newQty(), a.newPrice(),
                desk.engine().newClientOrderId());
        SubmitResult r = desk.engine().submit(cmd);
        blotterStatus.setText(r.isQueued() ? "Amending " + a.order().clientOrderId() + " -> " + r.clientOrderId()
                : "Amend refused: " + r.refusal().text());
    }

    /** The ticket's view of the desk: prices from the last rendered snapshot, orders to the engine. */
    private final class TicketDesk implements TicketView.Desk {
        @Override
        public BigDecimal referencePrice(Side side) {
            return Workstation.this.referencePrice(side);
        }

        @Override
        public BigDecimal lastPrice() {
            EngineSnapshot s = rendered;
            BookView b = s == null ? null : s.books().get(instrument.symbol());
            return b == null || b.lastTradePrice() == OrderBook.NO_PRICE ? null : Scaled.toBigDecimal(b.lastTradePrice());
        }

        @Override
        public long nowMs() {
            EngineSnapshot s = rendered;
            return s == null || s.timeMs() == 0 ? System.currentTimeMillis() : s.timeMs();
        }

        @Override
        public String newClientOrderId() {
            return desk.engine().newClientOrderId();
        }

        @Override
        public SubmitResult submit(Command command) {
            return desk.engine().submit(command);
        }
    }

    private static Tab tab(String name, Parent content) {
        Tab t = new Tab(name, content);
        t.setClosable(false);
        t.setId("tab-" + name.toLowerCase());
        return t;
    }

    private void onPulse() {
        EngineSnapshot s = desk.engine().latest();
        stop.render(s);
        if (s == rendered) {
            return;
        }
        BookView b = s.books().get(instrument.symbol());
        book.render(b);
        blotter.render(s.orders());
        fills.render(s.fills());
        ticket.render(s.balances());
        positions.render(s.positions(), s.balances());
        status.render(s, b, desk.engine().queueDepth());
        rendered = s;
        if (b != null && !b.bids().isEmpty() && !b.asks().isEmpty()) {
            onFirstBookFrame.run();
            onFirstBookFrame = () -> { };
        }
    }

    /** Best opposite price from the last rendered book: what a market order's notional is checked against. */
    private BigDecimal referencePrice(Side side) {
        EngineSnapshot s = rendered;
        BookView b = s == null ? null : s.books().get(instrument.symbol());
        if (b == null) {
            return null;
        }
        var levels = side == Side.BUY ? b.asks() : b.bids();
        long p = levels.isEmpty() ? OrderBook.NO_PRICE : levels.get(0).price();
        return p == OrderBook.NO_PRICE ? null : Scaled.toBigDecimal(p);
    }
}
