package dev.osprey.app.ui.ladder;

import dev.osprey.core.market.Scaled;
import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Draws the ladder's rows on one canvas (no node per cell, so a busy book costs one redraw per pulse) and maps
 * a point back to its row and column.
 */
final class LadderCanvas extends Region {
    static final double ROW_HEIGHT = 18;
    /** Left edge of each column as a share of the width, in {@link LadderColumn} order, then the right edge. */
    private static final double[] EDGES = {0, 0.16, 0.38, 0.62, 0.84, 1};
    private static final Color BACKGROUND = Color.web("#16191d");
    private static final Color GRID = Color.web("#262b31");
    private static final Color TEXT = Color.web("#d8dde3");
    private static final Color BID = Color.web("#2fbf71");
    private static final Color ASK = Color.web("#e5484d");
    private static final Color OWN = Color.web("#3d7bd9");
    private static final Color LAST = Color.web("#5a4a12");

    private final Canvas canvas = new Canvas();
    private final Font font = Font.font("DejaVu Sans Mono", 11);
    private List<LadderRow> rows = List.of();
    private int priceDecimals;
    private int qtyDecimals;

    LadderCanvas() {
        getChildren().add(canvas);
        setMinSize(0, 0);
        setPrefSize(240, 400);
    }

    @Override
    protected void layoutChildren() {
        if (canvas.getWidth() != getWidth() || canvas.getHeight() != getHeight()) {
            canvas.setWidth(getWidth());
            canvas.setHeight(getHeight());
            paint();
        }
    }

    /** How many rows fit. */
    int fittingRows() {
        return (int) Math.max(1, Math.floor(getHeight() / ROW_HEIGHT));
    }

    /**
     * Shows new rows. When only some rows changed (the usual book update), only those are repainted: the software
     * renderer then rasterises a few rows of text instead of the whole ladder.
     */
    void show(List<LadderRow> newRows, int newPriceDecimals, int newQtyDecimals) {
        List<LadderRow> old = rows;
        boolean sameFrame = old.size() == newRows.size() && priceDecimals == newPriceDecimals
                && qtyDecimals == newQtyDecimals && maxQty(old) == maxQty(newRows);
        this.rows = newRows;
        this.priceDecimals = newPriceDecimals;
        this.qtyDecimals = newQtyDecimals;
        if (!sameFrame) {
            paint();
            return;
        }
        GraphicsContext g = canvas.getGraphicsContext2D();
        long max = maxQty(newRows);
        for (int i = 0; i < newRows.size(); i++) {
            if (!newRows.get(i).equals(old.get(i))) {
                g.setFill(BACKGROUND);
                g.fillRect(0, i * ROW_HEIGHT, canvas.getWidth(), ROW_HEIGHT);
                paintRow(g, newRows.get(i), i * ROW_HEIGHT, canvas.getWidth(), max);
            }
        }
    }

    /** The size that fills a column: bars are scaled to the largest size on the ladder. */
    private static long maxQty(List<LadderRow> rows) {
        long max = 1;
        for (LadderRow r : rows) {
            max = Math.max(max, Math.max(r.bidQty(), r.askQty()));
        }
        return max;
    }

    int rowAt(double y) {
        int r = (int) Math.floor(y / ROW_HEIGHT);
        return r >= 0 && r < rows.size() ? r : -1;
    }

    LadderColumn columnAt(double x) {
        double share = x / Math.max(1, getWidth());
        for (int c = 0; c < LadderColumn.values().length; c++) {
            if (share < EDGES[c + 1]) {
                return LadderColumn.values()[c];
            }
        }
        return LadderColumn.OWN_SELL;
    }

    /** Centre of a cell in this node's coordinates. */
    Point2D cellCentre(int row, LadderColumn column) {
        int c = column.ordinal();
        return new Point2D(getWidth() * (EDGES[c] + EDGES[c + 1]) / 2, (row + 0.5) * ROW_HEIGHT);
    }

    private void paint() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        g.setFill(BACKGROUND);
        g.fillRect(0, 0, w, canvas.getHeight());
        g.setFont(font);
        g.setTextBaseline(VPos.CENTER);
        long maxQty = maxQty(rows);
        for (int i = 0; i < rows.size(); i++) {
            paintRow(g, rows.get(i), i * ROW_HEIGHT, w, maxQty);
        }
    }

    private void paintRow(GraphicsContext g, LadderRow r, double y, double w, long maxQty) {
        if (r.lastTrade()) {
            g.setFill(LAST);
            g.fillRect(x(LadderColumn.PRICE, w), y, width(LadderColumn.PRICE, w), ROW_HEIGHT);
        }
        bar(g, LadderColumn.BID, r.bidQty(), maxQty, BID, y, w);
        bar(g, LadderColumn.ASK, r.askQty(), maxQty, ASK, y, w);
        own(g, LadderColumn.OWN_BUY, r.ownBuy(), y, w);
        own(g, LadderColumn.OWN_SELL, r.ownSell(), y, w);
        g.setFill(TEXT);
        text(g, LadderColumn.PRICE, Scaled.toBigDecimal(r.price()).setScale(priceDecimals, RoundingMode.HALF_EVEN)
                .toPlainString(), y, w);
        g.setStroke(GRID);
        g.strokeLine(0, y + ROW_HEIGHT - 0.5, w, y + ROW_HEIGHT - 0.5);
    }

    private void bar(GraphicsContext g, LadderColumn c, long qty, long maxQty, Color color, double y, double w) {
        if (qty == 0) {
            return;
        }
        g.setFill(color.deriveColor(0, 1, 0.45, 1));
        g.fillRect(x(c, w), y + 2, width(c, w) * qty / maxQty, ROW_HEIGHT - 4);
        g.setFill(color);
        text(g, c, Scaled.toBigDecimal(qty).setScale(qtyDecimals, RoundingMode.HALF_EVEN).toPlainString(), y, w);
    }

    private void own(GraphicsContext g, LadderColumn c, BigDecimal qty, double y, double w) {
        if (qty.signum() == 0) {
            return;
        }
        g.setFill(OWN);
        g.fillRoundRect(x(c, w) + 2, y + 2, width(c, w) - 4, ROW_HEIGHT - 4, 6, 6);
        g.setFill(Color.WHITE);
        text(g, c, qty.stripTrailingZeros().toPlainString(), y, w);
    }

    private void text(GraphicsContext g, LadderColumn c, String s, double y, double w) {
        g.setTextAlign(TextAlignment.CENTER);
        g.fillText(s, x(c, w) + width(c, w) / 2, y + ROW_HEIGHT / 2);
    }

    private static double x(LadderColumn c, double w) {
        return EDGES[c.ordinal()] * w;
    }

    private static double width(LadderColumn c, double w) {
        return (EDGES[c.ordinal() + 1] - EDGES[c.ordinal()]) * w;
    }
}
