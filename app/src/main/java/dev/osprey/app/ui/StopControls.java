package dev.osprey.app.ui;

import dev.osprey.core.engine.EngineSnapshot;
import dev.osprey.core.engine.KillSwitch;
import dev.osprey.core.gate.OrderGate;
import dev.osprey.core.gate.TradingState;
import dev.osprey.core.order.Order;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;


/**
 * The big red EMERGENCY STOP button (hotkey F12) and the HALTED banner with its re-arm action. The button only
 * calls the kill switch, which closes the gate before it returns; the banner follows the gate on the next pulse.
 */
final class StopControls {
    static final KeyCodeCombination HOTKEY = new KeyCodeCombination(KeyCode.F12);

    private final KillSwitch killSwitch;
    private final OrderGate gate;
    private final Button stop = new Button("EMERGENCY STOP  [F12]");
    private final CheckBox flatten = new CheckBox("and flatten positions");
    private final HBox banner = new HBox();
    private final Label bannerText = new Label();
    private final Button rearm = new Button("Re-arm…");
    private volatile String lastReport = "";

    StopControls(KillSwitch killSwitch, OrderGate gate, boolean flattenByDefault) {
        this.killSwitch = killSwitch;
        this.gate = gate;
        flatten.setId("stop-flatten");
        flatten.setSelected(flattenByDefault);
        flatten.setFocusTraversable(false);
        stop.setId("stop-button");
        stop.getStyleClass().add("emergency-stop");
        stop.setFocusTraversable(false);
        stop.setOnAction(e -> engage());
        stop.setMinWidth(Region.USE_PREF_SIZE);   // the stop never shrinks out of sight
        flatten.setMinWidth(Region.USE_PREF_SIZE);
        banner.setId("halted-banner");
        banner.getStyleClass().add("halted-banner");
        bannerText.setId("halted-text");
        bannerText.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(bannerText, Priority.ALWAYS);
        rearm.setId("rearm-button");
        rearm.setOnAction(e -> askRearm());
        banner.getChildren().addAll(bannerText, rearm);
        banner.setVisible(false);
        banner.setManaged(false);
    }

    /** The button with its flatten choice beside it. */
    HBox controls() {
        HBox box = new HBox(8, flatten, stop);
        box.setAlignment(Pos.CENTER_RIGHT);
        return box;
    }

    HBox banner() {
        return banner;
    }

    void engage() {
        lastReport = "Cancel-all sent.";
        boolean close = flatten.isSelected();
        killSwitch.engage("trader", close ? "emergency stop, flatten" : "emergency stop", close)
                .thenAccept(r -> lastReport = describe(r) + (close ? " Flattening positions." : ""));
    }

    /** Called every pulse: the gate is read directly, so the banner never waits for the engine. */
    void render(EngineSnapshot snapshot) {
        boolean halted = gate.state() == TradingState.HALTED;
        if (banner.isVisible() != halted) {
            banner.setVisible(halted);
            banner.setManaged(halted);
        }
        if (halted) {
            OrderGate.Change c = gate.lastChange();
            bannerText.setText("HALTED — new orders are refused (" + c.who() + ": " + c.why() + "). " + lastReport
                    + " Working orders: " + snapshot.orders().stream().filter(Order::isWorking).count() + ".");
        }
    }

    private void askRearm() {
        new RearmDialog().showAndWait().ifPresent(a -> {
            String why = a.why().isBlank() ? "re-armed from the banner" : a.why();
            if (killSwitch.rearm(a.typed(), "trader", why)) {
                lastReport = "";
            }
        });
    }

    private static String describe(KillSwitch.Report r) {
        String s = r.timedOut().isEmpty() && r.failed().isEmpty()
                ? "Cancel-all confirmed by every venue in " + r.elapsedMs() + " ms."
                : "Cancel-all answered in " + r.elapsedMs() + " ms.";
        if (!r.timedOut().isEmpty()) {
            s += " NO ANSWER before the deadline from " + String.join(", ", r.timedOut()) + ".";
        }
        if (!r.failed().isEmpty()) {
            s += " Cancel-all FAILED on " + String.join(", ", r.failed()) + ".";
        }
        return s;
    }
}
