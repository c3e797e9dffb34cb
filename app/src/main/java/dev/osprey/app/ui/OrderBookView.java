package dev.osprey.app.ui;

import dev.osprey.core.engine.BookView;
import dev.osprey.core.market.Level;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;

import java.util.List;
import java.util.function.Consumer;

/**
 * The L2 book: asks above (best at the bottom), the spread, bids below (best at the top), with size bars.
 * Rows are built once and updated in place; clicking a row offers its price to the ticket.
 */
final class OrderBookView extends VBox {
    static final int DEPTH = 20;
    private static final double BAR_MAX_WIDTH = 120;

    private final Row[] asks = new Row[DEPTH];
    private final Row[] bids = new Row[DEPTH];
    private final Label spread = new Label();
    private final int priceDecimals;
    private final int qtyDecimals;
    private BookView shown;

    OrderBookView(int priceDecimals, int qtyDecimals, Consumer<String> onPricePicked) {
        this.priceDecimals = priceDecimals;
        this.qtyDecimals = qtyDecimals;
        setId("book");
        getStyleClass().add("order-book");
        // On a short screen the outer bid/ask rows give way; the status bar below must stay visible.
        setMinHeight(0);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        Label title = new Label("Order book");
        title.getStyleClass().add("panel-title");
        getChildren().add(title);
        for (int i = DEPTH - 1; i >= 0; i--) {
            asks[i] = new Row("ask", onPricePicked);
        }
        for (int i = DEPTH - 1; i >= 0; i--) {
            getChildren().add(asks[i]);
        }
        spread.setId("book-spread");
        spread.getStyleClass().add("book-spread");
        spread.setMaxWidth(Double.MAX_VALUE);
        getChildren().add(spread);
        for (int i = 0; i < DEPTH; i++) {
            bids[i] = new Row("bid", onPricePicked);
            getChildren().add(bids[i]);
        }
    }

    void render(BookView book) {
        if (book == null || book.equals(shown)) {
            return;
        }
        shown = book;
        long maxQty = Math.max(maxQty(book.bids()), maxQty(book.asks()));
        fill(asks, book.asks(), maxQty);
        fill(bids, book.bids(), maxQty);
        if (book.bids().isEmpty() || book.asks().isEmpty()) {
            spread.setText("Spread --   (" + book.feedState() + ")");
        } else {
            long bid = book.bids().get(0).price();
            long ask = book.asks().get(0).price();
            double bps = (ask - bid) * 10_000.0 / ((ask + bid) / 2.0);
            spread.setText(String.format("Spread %s  (%.3f bp)", Fmt.scaled(ask - bid, priceDecimals), bps));
        }
    }

    private void fill(Row[] rows, List<Level> levels, long maxQty) {
        for (int i = 0; i < rows.length; i++) {
            rows[i].show(i < levels.size() ? levels.get(i) : null, maxQty);
        }
    }

    private static long maxQty(List<Level> levels) {
        long max = 1;
        for (Level l : levels) {
            max = Math.max(max, l.qty());
        }
        return max;
    }

    private final class Row extends HBox {
        private final Label price = new Label();
        private final Label size = new Label();
        private final Region bar = new Region();
        private String priceText = "";

        Row(String side, Consumer<String> onPricePicked) {
            getStyleClass().addAll("book-row", side);
            price.getStyleClass().add("book-price");
            price.setMinWidth(90);
            bar.getStyleClass().add("book-bar");
            bar.setMaxWidth(0);
            StackPane sizeCell = new StackPane(bar, size);
            StackPane.setAlignment(bar, Pos.CENTER_LEFT);
            StackPane.setAlignment(size, Pos.CENTER_RIGHT);
            sizeCell.setMinWidth(BAR_MAX_WIDTH);
            HBox.setHgrow(sizeCell, Priority.ALWAYS);
            getChildren().addAll(price, sizeCell);
            setOnMouseClicked(e -> {
                if (!priceText.isEmpty()) {
                    onPricePicked.accept(priceText);
                }
            });
        }

        void show(Level level, long maxQty) {
            if (level == null) {
                priceText = "";
                price.setText("");
                size.setText("");
                bar.setMaxWidth(0);
                return;
            }
            priceText = Fmt.scaled(level.price(), priceDecimals);
            price.setText(priceText);
            size.setText(Fmt.scaled(level.qty(), qtyDecimals));
            bar.setMaxWidth(BAR_MAX_WIDTH * level.qty() / (double) maxQty);
            bar.setPrefWidth(bar.getMaxWidth());
        }
    }
}
