package dev.osprey.app.ui.chart;

import dev.osprey.core.chart.PnlPoint;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** The session's net P&L over engine time: a line, the zero line, and the latest value. */
final class PnlChart extends ChartCanvas {
    private static final Color LINE = Color.web("#3d7bd9");
    private static final Color ZERO = Color.web("#5c636b");

    private List<PnlPoint> points = List.of();

    PnlChart() {
        setId("chart-pnl");
    }

    void show(List<PnlPoint> newPoints) {
        this.points = newPoints;
        paint();
    }

    @Override
    void paint(GraphicsContext g, double w, double h) {
        if (points.size() < 2) {
            emptyNote(g, w, h, "Session P&L appears as the engine runs");
            return;
        }
        BigDecimal low = BigDecimal.ZERO;
        BigDecimal high = BigDecimal.ZERO;
        for (PnlPoint p : points) {
            low = low.min(p.pnl());
            high = high.max(p.pnl());
        }
        Scale y = Scale.of(low, high, plotTop(), plotBottom(h));
        axis(g, y, w, 2);
        g.setStroke(ZERO);
        g.strokeLine(plotLeft(), y.at(BigDecimal.ZERO), plotLeft() + plotWidth(w), y.at(BigDecimal.ZERO));
        long t0 = points.get(0).timeMs();
        double perMs = plotWidth(w) / Math.max(1, points.get(points.size() - 1).timeMs() - t0);
        double[] xs = new double[points.size()];
        double[] ys = new double[points.size()];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = plotLeft() + (points.get(i).timeMs() - t0) * perMs;
            ys[i] = y.at(points.get(i).pnl());
        }
        g.setStroke(LINE);
        g.setLineWidth(1.5);
        g.strokePolyline(xs, ys, xs.length);
        g.setLineWidth(1);
        BigDecimal last = points.get(points.size() - 1).pnl();
        g.setFill(last.signum() < 0 ? Color.web("#e5484d") : Color.web("#2fbf71"));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.fillText("Session P&L " + last.setScale(2, RoundingMode.HALF_EVEN).toPlainString(), plotLeft() + 4,
                plotTop());
    }
}
