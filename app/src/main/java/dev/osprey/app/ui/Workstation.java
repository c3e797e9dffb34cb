package dev.osprey.app.ui;

import dev.osprey.app.wiring.Desk;
import dev.osprey.app.wiring.ValidationSource;
import dev.osprey.core.engine.BookView;
import dev.osprey.core.engine.EngineSnapshot;
import dev.osprey.core.mode.TradingMode;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.animation.AnimationTimer;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
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
    private final BorderPane root = new BorderPane();
    private final Label title = new Label();
    private final SplitPane main = new SplitPane();
    private final SplitPane centre = new SplitPane();
    private final AnimationTimer pulse;
    private volatile EngineSnapshot rendered;
    private Runnable onFirstBookFrame = () -> { };

    public Workstation(Desk desk) {
        this(desk, desk.validationSource());
    }

    /** With the paper records the mode dialog offers. */
    public Workstation(Desk desk, ValidationSource records) {
        this.desk = desk;
        this.instruments = new InstrumentPanes(desk, () -> rendered, this::show);
        int priceDecimals = InstrumentPanes.decimals(desk.instrument().tickSize());
        this.orders = new OrdersPane(desk, priceDecimals, () -> instruments.current().instrument().symbol());
        this.fills = new FillsView(priceDecimals);
        this.strategies = new StrategiesView(desk.strategies(), desk.config().instruments().stream()
                .map(i -> i.symbol()).toList(), desk.config().ui().symbol(), desk.config().strategies().capital());
        this.status = new StatusBar(desk.speedLabel());
        this.stop = new StopControls(desk.killSwitch(), desk.gate(), desk.config().killSwitch().flatten());
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
        title.getStyleClass().add("app-title");
        title.setMinWidth(Region.USE_PREF_SIZE);
        instruments.selector().setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(12, title, instruments.selector(), modes.controls(), spacer, stop.controls());
        top.getStyleClass().add("top-bar");
        top.setPadding(new Insets(8));
        root.setTop(new VBox(top, stop.banner()));

        TabPane tabs = new TabPane(tab("Orders", orders), tab("Fills", fills), tab("Positions", positions),
                tab("Strategies", strategies));
        tabs.setId("tabs");
        centre.setOrientation(Orientation.VERTICAL);
        centre.getItems().setAll(instruments.current().ticket(), tabs);
        centre.setDividerPositions(0.36);
        main.getItems().setAll(instruments.current().book(), centre);
        main.setDividerPositions(0.27);
        title.setText("Osprey — " + instruments.current().instrument().symbol());
        root.setCenter(main);
        root.setBottom(status);
    }

    /** Puts the chosen instrument's book and ticket in place, keeping the dividers where the trader left them. */
    private void show(InstrumentPanes.Pane pane) {
        double[] mainDividers = main.getDividerPositions();
        double[] centreDividers = centre.getDividerPositions();
        main.getItems().set(0, pane.book());
        centre.getItems().set(0, pane.ticket());
        main.setDividerPositions(mainDividers);
        centre.setDividerPositions(centreDividers);
        title.setText("Osprey — " + pane.instrument().symbol());
        windowTitle.set("Osprey — " + modes.mode().get() + " — " + pane.instrument().symbol());
        orders.showSymbol(pane.instrument().symbol());
        if (rendered != null) {
            instruments.render(rendered);
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
        rendered = s;
        modes.render(s.mode());
        instruments.render(s);
        orders.blotter().render(s.orders());
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
