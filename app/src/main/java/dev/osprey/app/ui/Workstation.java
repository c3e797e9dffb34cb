package dev.osprey.app.ui;

import dev.osprey.app.alert.AlertsView;
import dev.osprey.app.ui.chart.ChartsPane;
import dev.osprey.app.ui.ladder.LadderPane;
import dev.osprey.app.ui.layout.LayoutFile;
import dev.osprey.app.ui.layout.PaneDock;
import dev.osprey.app.wiring.Desk;
import dev.osprey.app.wiring.ValidationSource;
import dev.osprey.core.engine.BookView;
import dev.osprey.core.engine.EngineSnapshot;
import dev.osprey.core.mode.TradingMode;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.animation.AnimationTimer;
import javafx.geometry.Insets;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;

import java.util.List;
import java.util.Objects;

/**
 * The main window's content. It observes: once per pulse it reads the engine's latest snapshot and, if it is new,
 * renders it; user actions become engine commands. Market data never reaches the FX thread any other way.
 */
public final class Workstation {
    private final Desk desk;
    private final InstrumentPanes instruments;
    private final OrdersPane orders;
    private final FillsView fills;
    private final PositionsView positions = new PositionsView();
    private final StrategiesView strategies;
    private final StatusBar status;
    private final StopControls stop;
    private final ModeControls modes;
    private final ReadOnlyStringWrapper windowTitle = new ReadOnlyStringWrapper();
    private final AlertsView alerts;
    private final LadderPane ladder;
    private final ChartsPane charts;
    private final DeskChrome chrome;
    private final BorderPane root = new BorderPane();
    private final Label title = new Label();
    private final AnimationTimer pulse;
    private volatile EngineSnapshot rendered;
    private Runnable onFirstBookFrame = () -> { };

    /** A window whose layout is not kept (tests, smoke runs). */
    public Workstation(Desk desk) {
        this(desk, desk.validationSource(), null);
    }

    /**
     * {@code records}: the paper records the mode dialog offers; {@code layout}: where the trader's arrangement,
     * theme and font size are kept between runs (null: not kept).
     */
    public Workstation(Desk desk, ValidationSource records, LayoutFile layout) {
        this.desk = desk;
        this.chrome = new DeskChrome(desk.config(), desk.config().engineSettings().breaker(), layout);
        this.instruments = new InstrumentPanes(desk, () -> rendered, this::show);
        int priceDecimals = desk.instrument().priceDecimals();
        this.orders = new OrdersPane(desk, priceDecimals, () -> instruments.current().instrument().symbol());
        this.fills = new FillsView(priceDecimals);
        this.strategies = new StrategiesView(desk.strategies(), desk.config().instruments().stream()
                .map(i -> i.symbol()).toList(), desk.config().ui().symbol(), desk.config().strategies().capital());
        this.status = new StatusBar(desk.speedLabel(), desk.config().venue().paper());
        this.stop = new StopControls(desk.killSwitch(), desk.gate(), desk.config().killSwitch().flatten());
        this.alerts = new AlertsView(desk);
        alerts.showOver(root);
        this.ladder = new LadderPane(desk.engine(), instruments.current().instrument(),
                desk.config().ui().ladder().qtyPresets());
        this.charts = new ChartsPane(instruments.current().instrument());
        this.modes = new ModeControls(desk.engine(), records, desk.paperVenue(), stop::engage);
        layout();
        modes.mode().addListener((o, was, now) -> showMode(was, now));
        showMode(null, modes.mode().get());
        this.pulse = new AnimationTimer() {
            @Override
            public void handle(long now) {
                onPulse();
            }
        };
    }

    /** "Osprey — mode — symbol", kept current for the window's title bar. */
    public ReadOnlyStringProperty windowTitle() {
        return windowTitle.getReadOnlyProperty();
    }

    /** The mode by colour and text everywhere: badge (ModeControls), status bar, window title and a frame. */
    private void showMode(TradingMode was, TradingMode now) {
        if (was != null) {
            root.getStyleClass().remove("frame-" + ModeControls.styleClass(was));
        }
        root.getStyleClass().add("frame-" + ModeControls.styleClass(now));
        status.showMode(now);
        windowTitle.set("Osprey — " + now + " — " + instruments.current().instrument().symbol());
    }

    /** Runs once, on the first pulse that renders the replayed book (both sides non-empty). */
    public void onFirstBookFrame(Runnable r) {
        this.onFirstBookFrame = Objects.requireNonNull(r);
    }

    public Scene scene() {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        // 1600 wide: the trading panes keep about the 1280 px they had before the dashboard column beside them
        Scene scene = new Scene(chrome.root(root), Math.min(1600, screen.getWidth()),
                Math.min(820, screen.getHeight()));
        chrome.install(scene, WorkstationKeys.of(desk, root, instruments, orders, stop, chrome));
        scene.getAccelerators().put(LadderPane.RECENTRE, ladder::recentre);
        pulse.start();
        return scene;
    }

    public void stop() {
        pulse.stop();
        alerts.close();
        chrome.save();
    }

    /** Where the trading panes sit; the trader moves them. */
    PaneDock dock() {
        return chrome.dock();
    }

    /** The snapshot the last pulse rendered, or null before the first; read on the FX thread. */
    EngineSnapshot rendered() {
        return rendered;
    }

    private void layout() {
        title.getStyleClass().add("app-title");
        title.setMinWidth(Region.USE_PREF_SIZE);
        instruments.selector().setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(12, title, instruments.selector(), modes.controls(), spacer, stop.controls());
        top.getStyleClass().add("top-bar");
        top.setPadding(new Insets(8));
        root.setTop(new VBox(top, stop.banner()));

        title.setText("Osprey — " + instruments.current().instrument().symbol());
        root.setCenter(chrome.wrap(List.of(
                new PaneDock.Panel("book", "Book", instruments.current().book(), PaneDock.Area.LEFT),
                new PaneDock.Panel("ladder", "Ladder", ladder, PaneDock.Area.LEFT),
                new PaneDock.Panel("ticket", "Ticket", scrolling(instruments.current().ticket()),
                        PaneDock.Area.UPPER_RIGHT),
                new PaneDock.Panel("orders", "Orders", orders, PaneDock.Area.LOWER_RIGHT),
                new PaneDock.Panel("fills", "Fills", fills, PaneDock.Area.LOWER_RIGHT),
                new PaneDock.Panel("positions", "Positions", positions, PaneDock.Area.LOWER_RIGHT),
                new PaneDock.Panel("strategies", "Strategies", strategies, PaneDock.Area.LOWER_RIGHT),
                new PaneDock.Panel("alerts", "Alerts", alerts.table(), PaneDock.Area.LOWER_RIGHT),
                new PaneDock.Panel("chart", "Chart", charts, PaneDock.Area.LOWER_RIGHT))));
        root.setBottom(status);
    }

    /** Puts the chosen instrument's book and ticket in their panes, wherever the trader has put those. */
    private void show(InstrumentPanes.Pane pane) {
        chrome.dock().setContent("book", pane.book());
        chrome.dock().setContent("ticket", scrolling(pane.ticket()));
        title.setText("Osprey — " + pane.instrument().symbol());
        windowTitle.set("Osprey — " + modes.mode().get() + " — " + pane.instrument().symbol());
        ladder.show(pane.instrument());
        charts.show(pane.instrument());
        orders.showSymbol(pane.instrument().symbol());
        if (rendered != null) {
            instruments.render(rendered);
        }
    }

    /** The ticket grows with a bracket's fields: in a short area it scrolls rather than hiding its Send button. */
    private static ScrollPane scrolling(Node ticket) {
        ScrollPane s = new ScrollPane(ticket);
        s.setFitToWidth(true);
        s.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        return s;
    }

    private void onPulse() {
        EngineSnapshot s = desk.engine().latest();
        stop.render(s);
        alerts.pulse();
        ladder.render(s);
        charts.render(s);
        chrome.dashboard().render(s, System.currentTimeMillis());
        status.renderLatency(desk.latency().all());
        if (s == rendered) {
            return;
        }
        rendered = s;
        modes.render(s.mode());
        instruments.render(s);
        orders.render(s.orders());
        fills.render(s.fills());
        positions.render(s.positions(), s.balances());
        strategies.render();
        BookView b = s.books().get(instruments.current().instrument().symbol());
        status.render(s, b, desk.engine().queueDepth());
        if (b != null && !b.bids().isEmpty() && !b.asks().isEmpty()) {
            onFirstBookFrame.run();
            onFirstBookFrame = () -> { };
        }
    }
}
