package dev.osprey.app.install;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.Modality;
import javafx.stage.Window;

/**
 * A short welcome shown once, on the first start: where the trader is (paper, recorded data), where the stop is, and
 * where their files live. It does not block the window: the replay runs on behind it. Help &gt; First-run tips
 * shows it again.
 */
public final class FirstRunTips {
    private FirstRunTips() {
    }

    /** Shows the tips if they are due and records that they were shown. */
    public static void showIfDue(Window owner, DataDir data, boolean smoke) {
        if (data.tipsDue(smoke)) {
            create(owner, data).show();
            data.markTipsShown();
        }
    }

    static Alert create(Window owner, DataDir data) {
        Alert tips = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.OK);
        tips.initOwner(owner);
        tips.initModality(Modality.NONE);
        tips.setTitle("Welcome to Osprey");
        tips.setHeaderText("You are in PAPER mode: orders fill against recorded Binance data, nothing reaches an "
                + "exchange.");
        Label text = new Label(String.join("\n",
                "• Pick BTCUSDT or ETHUSDT at the top; click a price in the book to put it in the ticket.",
                "• Enter (in the ticket) or Send places the order; every order passes the pre-trade risk checks.",
                "• F12 or EMERGENCY STOP refuses new orders at once and cancels everything working.",
                "• Your settings: " + data.config() + " (edit it, then restart).",
                "• Logs: " + data.logs() + ". Journal: " + data.journal() + ".",
                "• Help > About shows the version and build; Help > First-run tips shows this again."));
        text.setId("first-run-tips");
        text.setWrapText(true);
        text.setMaxWidth(620);
        tips.getDialogPane().setContent(text);
        Dialogs.theme(tips, owner);
        return tips;
    }
}
