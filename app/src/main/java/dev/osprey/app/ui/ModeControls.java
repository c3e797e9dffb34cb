package dev.osprey.app.ui;

import dev.osprey.app.wiring.ValidationSource;
import dev.osprey.core.engine.Command;
import dev.osprey.core.engine.Engine;
import dev.osprey.core.engine.ModeView;
import dev.osprey.core.mode.TradingMode;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

import java.util.Locale;

/**
 * The trading mode on screen: a coloured badge with its name, the "Mode…" button that opens the switch dialog, the
 * engine's answer to the last request, and a note while a live mode's limits run against the paper venue. The mode
 * comes from the engine's snapshot; the dialog's answer goes to the engine as a command.
 */
final class ModeControls {
    private final Engine engine;
    private final ValidationSource source;
    private final boolean paperVenue;
    private final Runnable emergencyStop;
    private final Label badge = new Label();
    private final Label answer = new Label();
    private final Label venueNote = new Label();
    private final Button open = new Button("Mode…");
    private final ReadOnlyObjectWrapper<TradingMode> mode = new ReadOnlyObjectWrapper<>();
    private ModeView shown;

    /** {@code emergencyStop}: what the stop hotkey does while the dialog has the focus. */
    ModeControls(Engine engine, ValidationSource source, boolean paperVenue, Runnable emergencyStop) {
        this.engine = engine;
        this.source = source;
        this.paperVenue = paperVenue;
        this.emergencyStop = emergencyStop;
        badge.setId("top-mode");
        answer.setId("mode-answer");
        venueNote.setId("mode-venue-note");
        venueNote.getStyleClass().add("mode-venue-note");
        open.setId("mode-button");
        open.setFocusTraversable(false);
        open.setOnAction(e -> ask());
        // In a narrow window the answer gives way (its full text is in its tooltip), never the badge or the button.
        badge.setMinWidth(Region.USE_PREF_SIZE);
        open.setMinWidth(Region.USE_PREF_SIZE);
        answer.setMinWidth(0);
        answer.setMaxWidth(520);
        render(ModeView.paper());
    }

    HBox controls() {
        venueNote.setMinWidth(0);
        HBox box = new HBox(8, badge, open, answer, venueNote);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    /** The mode now shown, for the status bar, the window title and the frame. */
    ReadOnlyObjectProperty<TradingMode> mode() {
        return mode.getReadOnlyProperty();
    }

    /** Style class of a mode, e.g. "mode-live_minimal". */
    static String styleClass(TradingMode m) {
        return "mode-" + m.name().toLowerCase(Locale.ROOT);
    }

    void render(ModeView view) {
        if (view.equals(shown)) {
            return;
        }
        shown = view;
        badge.setText(view.mode() + (view.stage() > 0 ? " (stage " + view.stage() + ")" : ""));
        badge.getStyleClass().setAll("label", "mode-badge", styleClass(view.mode()));
        answer.setText(view.lastRefused() ? "Refused: " + view.lastAnswer() : "");
        answer.setTooltip(view.lastRefused() ? new Tooltip(answer.getText()) : null);
        answer.getStyleClass().setAll("label", view.lastRefused() ? "report-fail" : "report-pass");
        venueNote.setText(paperVenue && view.mode().isLive()
                ? view.mode() + " limits apply; orders still go to the paper venue (no live venue in this build)"
                : "");
        mode.set(view.mode());
    }

    private void ask() {
        ModeSwitchDialog dialog = new ModeSwitchDialog(mode.get(), source, paperVenue);
        // The stop is reachable from every screen, this dialog included.
        dialog.setOnShown(e -> dialog.getDialogPane().getScene().getAccelerators()
                .put(StopControls.HOTKEY, emergencyStop));
        dialog.showAndWait().ifPresent(a ->
                engine.post(new Command.SwitchMode(a.target(), a.report(), "trader", a.why())));
    }
}
