package dev.osprey.app.ui.chart;

import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A canvas that fills its region, with a plot area, a price axis on the right and room for times below. */
abstract class ChartCanvas extends Region {
    static final Color BACKGROUND = Color.web("#16191d");
    static final Color GRID = Color.web("#262b31");
    static final Color AXIS_TEXT = Color.web("#8b949e");
    private static final double LEFT = 6;
    private static final double RIGHT = 78;
    private static final double TOP = 8;
    private static final double BOTTOM = 20;
    private static final int GRID_LINES = 4;

    private final Canvas canvas = new Canvas();
    private final Font font = Font.font("DejaVu Sans Mono", 10);

    ChartCanvas() {
        getChildren().add(canvas);
        setMinSize(0, 0);
        setPrefSize(400, 200);
    }

    @Override
    protected void layoutChildren() {
        if (canvas.getWidth() != getWidth() || canvas.getHeight() != getHeight()) {
            canvas.setWidth(getWidth());
            canvas.setHeight(getHeight());
            paint();
        }
    }

    final void paint() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.setFill(BACKGROUND);
        g.fillRect(0, 0, w, h);
        if (w > LEFT + RIGHT && h > TOP + BOTTOM) {
            g.setFont(font);
            paint(g, w, h);
        }
    }

    abstract void paint(GraphicsContext g, double w, double h);

    Canvas canvas() {
        return canvas;
    }

    static double plotLeft() {
        return LEFT;
    }

    static double plotTop() {
        return TOP;
    }

    static double plotWidth(double w) {
        return w - LEFT - RIGHT;
    }

    static double plotBottom(double h) {
        return h - BOTTOM;
    }

    /** Horizontal grid lines with their values on the right. */
    static void axis(GraphicsContext g, Scale y, double w, int decimals) {
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        BigDecimal step = y.high().subtract(y.low()).divide(BigDecimal.valueOf(GRID_LINES + 1), 10,
                RoundingMode.HALF_EVEN);
        for (int i = 1; i <= GRID_LINES; i++) {
            BigDecimal v = y.low().add(step.multiply(BigDecimal.valueOf(i)));
            double py = Math.floor(y.at(v)) + 0.5;
            g.setStroke(GRID);
            g.strokeLine(LEFT, py, w - RIGHT, py);
            g.setFill(AXIS_TEXT);
            g.fillText(v.setScale(decimals, RoundingMode.HALF_EVEN).toPlainString(), w - RIGHT + 4, py);
        }
    }

    static void emptyNote(GraphicsContext g, double w, double h, String text) {
        g.setFill(AXIS_TEXT);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(text, w / 2, h / 2);
    }
}
