package dev.osprey.app.ui.chart;

import dev.osprey.core.chart.CandleInterval;
import dev.osprey.app.ui.OnScreen;
import dev.osprey.core.chart.CandleView;
import dev.osprey.core.chart.PnlPoint;
import dev.osprey.core.engine.EngineSnapshot;
import dev.osprey.core.instrument.Instrument;
import dev.osprey.core.order.Fill;
import dev.osprey.core.strategy.Candle;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;

/**
 * Candles of the chosen instrument at the chosen interval, with own fills, beside the session's P&L curve. Renders
 * the snapshot the window already rendered and redraws only what changed in it.
 */
public final class ChartsPane extends VBox {
    /**
     * Candles and the P&L curve redraw at most this often: ten times a second reads as live, and the software
     * renderer then spends its frames on the book and the ladder, where a trader clicks.
     */
    private static final long REDRAW_EVERY_NS = 100_000_000L;
    private final CandleChart candles = new CandleChart();
    private final PnlChart pnl = new PnlChart();
    private final ToggleGroup intervals = new ToggleGroup();
    private Instrument instrument;
    private CandleInterval interval = CandleInterval.M1;
    private EngineSnapshot snapshot;
    private List<Candle> shownCandles;
    private List<Fill> shownFills;
    private List<PnlPoint> shownPnl;
    private long drawnAtNs;

    public ChartsPane(Instrument instrument) {
        this.instrument = instrument;
        setId("charts");
        setMinHeight(0);
        Label title = new Label("Chart");
        title.getStyleClass().add("panel-title");
        HBox bar = new HBox(4, title);
        bar.setAlignment(Pos.CENTER_LEFT);
        for (CandleInterval i : CandleInterval.values()) {
            ToggleButton b = new ToggleButton(i.label());
            b.setId("chart-" + i.label());
            b.setToggleGroup(intervals);
            b.setFocusTraversable(false);
            b.setSelected(i == interval);
            b.setOnAction(e -> choose(i));
            bar.getChildren().add(b);
        }
        SplitPane plots = new SplitPane(candles, pnl);
        plots.setDividerPositions(0.68);
        VBox.setVgrow(plots, Priority.ALWAYS);
        getChildren().addAll(bar, plots);
    }

    /** Shows another instrument's candles from the next render on. */
    public void show(Instrument ins) {
        this.instrument = ins;
        redrawCandles();
    }

    /** Called every pulse with the window's latest snapshot; draws only while on screen, when something changed. */
    public void render(EngineSnapshot s) {
        this.snapshot = s;
        if (!OnScreen.showing(this)) {
            shownPnl = null;
            shownCandles = null;
            return;
        }
        boolean stale = s.pnl() != shownPnl || candlesOf(s) != shownCandles || s.fills() != shownFills;
        long now = System.nanoTime();
        if (!stale || now - drawnAtNs < REDRAW_EVERY_NS) {
            return;
        }
        drawnAtNs = now;
        shownPnl = s.pnl();
        pnl.show(shownPnl);
        redrawCandles();
    }

    private void choose(CandleInterval i) {
        interval = i;
        intervals.getToggles().forEach(t -> t.setSelected(((ToggleButton) t).getText().equals(i.label())));
        redrawCandles();
    }

    private List<Candle> candlesOf(EngineSnapshot s) {
        CandleView v = s.candles().get(instrument.symbol());
        return v == null ? List.of() : v.candles(interval);
    }

    private void redrawCandles() {
        if (snapshot == null) {
            return;
        }
        shownCandles = candlesOf(snapshot);
        shownFills = snapshot.fills();
        List<Fill> own = new ArrayList<>();
        for (Fill f : shownFills) {
            if (f.symbol().equals(instrument.symbol())) {
                own.add(f);
            }
        }
        candles.show(shownCandles, interval, own, instrument.priceDecimals());
    }
}
