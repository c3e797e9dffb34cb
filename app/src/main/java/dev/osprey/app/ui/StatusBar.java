package dev.osprey.app.ui;

import dev.osprey.core.engine.BookView;
import dev.osprey.core.engine.EngineSnapshot;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** Mode, replay clock, feed state, engine queue depth and the latest engine notice. */
final class StatusBar extends HBox {
    private final Label mode = new Label();
    private final Label clock = new Label();
    private final Label feed = new Label();
    private final Label queue = new Label();
    private final Label notice = new Label();
    private final String speed;

    StatusBar(String modeName, String speed) {
        this.speed = speed;
        setId("status-bar");
        getStyleClass().add("status-bar");
        mode.setId("status-mode");
        mode.setText(modeName);
        mode.getStyleClass().addAll("mode-badge", "mode-" + modeName.toLowerCase());
        clock.setId("status-clock");
        feed.setId("status-feed");
        queue.setId("status-queue");
        notice.setId("status-notice");
        notice.setMaxWidth(Double.MAX_VALUE);
        for (Label fixed : new Label[] {mode, clock, feed, queue}) {
            fixed.setMinWidth(Region.USE_PREF_SIZE); // only the notice may be shortened
        }
        HBox.setHgrow(notice, Priority.ALWAYS);
        getChildren().addAll(mode, clock, feed, queue, notice);
    }

    void render(EngineSnapshot s, BookView book, int queueDepth) {
        clock.setText("Replay " + Fmt.clock(s.timeMs()) + " (" + speed + ")");
        feed.setText(book == null ? "Feed --" : "Feed " + book.feedState()
                + (book.feedDetail().isEmpty() ? "" : ": " + book.feedDetail()));
        queue.setText("Engine queue " + queueDepth);
        notice.setText(s.notice());
    }
}
