package dev.osprey.app.ui;

import dev.osprey.core.engine.KillSwitch;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** Asks the trader to type the re-arm phrase and a reason; OK stays disabled until the phrase is exact. */
final class RearmDialog extends Dialog<RearmDialog.Answer> {

    record Answer(String typed, String why) {
    }

    RearmDialog() {
        setTitle("Re-arm trading");
        setHeaderText("Trading is HALTED. Type " + KillSwitch.REARM_PHRASE + " to accept new orders again.");
        TextField phrase = new TextField();
        phrase.setId("rearm-phrase");
        phrase.setPromptText(KillSwitch.REARM_PHRASE);
        TextField why = new TextField();
        why.setId("rearm-reason");
        why.setPromptText("why (kept with the re-arm)");
        getDialogPane().setContent(new VBox(8, new Label("Confirmation"), phrase, new Label("Reason"), why));
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        getDialogPane().lookupButton(ButtonType.OK).setId("rearm-ok");
        getDialogPane().lookupButton(ButtonType.OK).disableProperty()
                .bind(phrase.textProperty().isNotEqualTo(KillSwitch.REARM_PHRASE));
        setResultConverter(b -> b == ButtonType.OK ? new Answer(phrase.getText(), why.getText()) : null);
    }
}
