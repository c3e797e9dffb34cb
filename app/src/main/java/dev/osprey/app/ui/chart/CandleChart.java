package dev.osprey.app.ui.chart;

import dev.osprey.core.chart.CandleInterval;
import dev.osprey.core.order.Fill;
import dev.osprey.core.order.Side;
import dev.osprey.core.strategy.Candle;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Candles on a time axis (an interval without trades is an empty slot) with the trader's own fills marked. */
final class CandleChart extends ChartCanvas {
    static final double SLOT_WIDTH = 9;
    private static final Color UP = Color.web("#2fbf71");
    private static final Color DOWN = Color.web("#e5484d");
    private static final Color BUY_FILL = Color.web("#7fd1ff");
    private static final Color SELL_FILL = Color.web("#ffb347");
    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private List<Candle> candles = List.of();
    private List<Fill> fills = List.of();
    private CandleInterval interval = CandleInterval.M1;
    private int priceDecimals = 2;
    private CandleSlots slots;

    CandleChart() {
        setId("chart-candles");
    }

    void show(List<Candle> newCandles, CandleInterval newInterval, List<Fill> ownFills, int decimals) {
        this.candles = newCandles;
        this.interval = newInterval;
        this.fills = ownFills;
        this.priceDecimals = decimals;
        paint();
    }

    /** X of the middle of the slot that holds {@code timeMs}, or NaN when it is off the chart. */
    double slotCentreX(long timeMs) {
        int slot = slots == null ? -1 : slots.slotOf(timeMs);
        return slot < 0 ? Double.NaN : plotLeft() + (slot + 0.5) * SLOT_WIDTH;
    }

    @Override
    void paint(GraphicsContext g, double w, double h) {
        slots = new CandleSlots(candles, interval, (int) Math.floor(plotWidth(w) / SLOT_WIDTH));
        if (slots.high() == null) {
            emptyNote(g, w, h, "Candles appear with the first trade");
            return;
        }
        BigDecimal low = slots.low();
        BigDecimal high = slots.high();
        for (Fill f : fills) {
            if (slots.slotOf(f.timeMs()) >= 0) {
                low = low.min(f.price());
                high = high.max(f.price());
            }
        }
        Scale y = Scale.of(low, high, plotTop(), plotBottom(h));
        axis(g, y, w, priceDecimals);
        for (int s = 0; s < slots.count(); s++) {
            Candle c = slots.at(s);
            if (c != null) {
                candle(g, c, plotLeft() + s * SLOT_WIDTH, y);
            }
        }
        for (Fill f : fills) {
            int s = slots.slotOf(f.timeMs());
            if (s >= 0) {
                fill(g, f, plotLeft() + (s + 0.5) * SLOT_WIDTH, y);
            }
        }
        timeLabels(g, h);
    }

    private void candle(GraphicsContext g, Candle c, double x, Scale y) {
        boolean up = c.close().compareTo(c.open()) >= 0;
        g.setStroke(up ? UP : DOWN);
        g.setFill(up ? UP : DOWN);
        double mid = Math.floor(x + SLOT_WIDTH / 2) + 0.5;
        g.strokeLine(mid, y.at(c.high()), mid, y.at(c.low()));
        double top = Math.min(y.at(c.open()), y.at(c.close()));
        double body = Math.max(1, Math.abs(y.at(c.open()) - y.at(c.close())));
        g.fillRect(x + 1, top, SLOT_WIDTH - 2, body);
    }

    /** A triangle at the fill's price: pointing up for a buy, down for a sell. */
    private static void fill(GraphicsContext g, Fill f, double x, Scale y) {
        double py = y.at(f.price());
        boolean buy = f.side() == Side.BUY;
        g.setFill(buy ? BUY_FILL : SELL_FILL);
        double d = buy ? 7 : -7;
        g.fillPolygon(new double[] {x - 5, x + 5, x}, new double[] {py + d, py + d, py}, 3);
    }

    private void timeLabels(GraphicsContext g, double h) {
        g.setFill(AXIS_TEXT);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        int every = Math.max(1, (int) Math.ceil(90 / SLOT_WIDTH));
        for (int s = slots.count() - 1; s >= 0; s -= every) {
            g.fillText(HOURS.format(Instant.ofEpochMilli(slots.openOf(s))), plotLeft() + (s + 0.5) * SLOT_WIDTH,
                    plotBottom(h) + 3);
        }
    }

    static String price(BigDecimal p, int decimals) {
        return p.setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
    }
}
