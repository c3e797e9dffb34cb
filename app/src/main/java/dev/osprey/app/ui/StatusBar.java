package dev.osprey.app.ui;

import dev.osprey.core.breaker.BreakerState;
import dev.osprey.core.breaker.BreakerStatus;
import dev.osprey.core.engine.BookView;
import dev.osprey.core.engine.EngineSnapshot;
import dev.osprey.core.mode.TradingMode;
import dev.osprey.core.venue.LatencyFigures;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import java.util.ArrayList;
import java.util.List;

/** Mode, replay clock, feed state, engine queue depth and the latest engine notice. */
final class StatusBar extends HBox {
    private final Label mode = new Label();
    private final Label clock = new Label();
    private final Label feed = new Label();
    private final Label queue = new Label();
    private final Label breaker = new Label();
    private final Label notice = new Label();
    private final Label latency = new Label();
    private List<LatencyFigures> latencyShown = List.of();
    private final String speed;
    private final String clockName;

    /** {@code replay}: the clock is the replay's; otherwise the live venue's exchange time. */
    StatusBar(String speed, boolean replay) {
        this.speed = speed;
        this.clockName = replay ? "Replay " : "Exchange ";
        setId("status-bar");
        getStyleClass().add("status-bar");
        mode.setId("status-mode");
        clock.setId("status-clock");
        feed.setId("status-feed");
        queue.setId("status-queue");
        breaker.setId("status-breaker");
        notice.setId("status-notice");
        latency.setId("status-latency");
        latency.setMinWidth(Region.USE_PREF_SIZE);
        latency.setManaged(false);
        latency.setVisible(false);
        notice.setMaxWidth(Double.MAX_VALUE);
        for (Label fixed : new Label[] {mode, clock, feed, queue, breaker}) {
            fixed.setMinWidth(Region.USE_PREF_SIZE); // only the notice may be shortened
        }
        HBox.setHgrow(notice, Priority.ALWAYS);
        getChildren().addAll(mode, clock, feed, queue, breaker, latency, notice);
    }

    /** "Breaker CLOSED", or the breakers not closed with their action. */
    private static String breakerText(List<BreakerStatus> breakers) {
        List<String> open = new ArrayList<>();
        for (BreakerStatus b : breakers) {
            if (b.state() != BreakerState.CLOSED) {
                open.add(b.trigger() + " " + b.state() + " (" + b.action() + ")");
            }
        }
        return open.isEmpty() ? "Breaker CLOSED" : "Breaker " + String.join(", ", open);
    }

    void showMode(TradingMode m) {
        mode.setText(m.name());
        mode.getStyleClass().setAll("label", "mode-badge", ModeControls.styleClass(m));
    }

    /** p50/p99 of each live measure over the last minute; nothing is shown for paper, which has no board figures. */
    void renderLatency(List<LatencyFigures> figures) {
        if (figures == latencyShown) {
            return;
        }
        latencyShown = figures;
        List<String> parts = new ArrayList<>();
        for (LatencyFigures f : figures) {
            parts.add(f.count() == 0 ? f.measure() + " --" : f.measure() + " p50 " + Fmt.micros(f.p50Micros())
                    + " p99 " + Fmt.micros(f.p99Micros()));
        }
        latency.setText(String.join(" · ", parts));
        latency.setManaged(!parts.isEmpty());
        latency.setVisible(!parts.isEmpty());
    }

    void render(EngineSnapshot s, BookView book, int queueDepth) {
        clock.setText(clockName + Fmt.clock(s.timeMs()) + " (" + speed + ")");
        feed.setText(book == null ? "Feed --" : "Feed " + book.feedState()
                + (book.feedDetail().isEmpty() ? "" : ": " + book.feedDetail()));
        queue.setText("Engine queue " + queueDepth);
        breaker.setText(breakerText(s.breakers()));
        notice.setText(s.notice());
    }
}
