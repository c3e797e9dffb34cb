package dev.osprey.app.keys;

import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.event.ActionEvent;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Asks for the master password and opens the vault with it. The KDF takes a moment, so it runs as a Task with a
 * spinner; a wrong password keeps the dialog open with the reason. The result is the open vault, or null when the
 * trader cancels.
 */
public final class MasterPasswordDialog extends Dialog<KeyVault> {
    private final PasswordField password = new PasswordField();
    /** Only for a new vault: a mistyped new password would lock the keys away for good. */
    private final PasswordField repeat = new PasswordField();
    private final boolean first;
    private final Label problem = new Label();
    private final ProgressIndicator working = new ProgressIndicator();

    public MasterPasswordDialog(Window owner, Path file, KeyAudit audit) {
        initOwner(owner);
        setTitle("Master password");
        first = !Files.exists(file);
        setHeaderText(first ? "Choose a master password: it encrypts your API keys and cannot be recovered."
                : "Enter the master password that unlocks your API keys.");
        password.setId("master-password");
        repeat.setId("master-repeat");
        repeat.setPromptText("the same again");
        repeat.setVisible(first);
        repeat.setManaged(first);
        problem.setId("master-problem");
        problem.setWrapText(true);
        working.setVisible(false);
        working.setPrefSize(18, 18);
        getDialogPane().setContent(new VBox(8, new HBox(8, password, working), repeat, problem));
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        getDialogPane().lookupButton(ButtonType.OK).setId("master-ok");
        getDialogPane().lookupButton(ButtonType.OK).addEventFilter(ActionEvent.ACTION, e -> {
            e.consume(); // the dialog closes only once the vault is open
            unlock(file, audit);
        });
        setResultConverter(b -> null);
        Platform.runLater(password::requestFocus);
    }

    private void unlock(Path file, KeyAudit audit) {
        char[] typed = password.getText().toCharArray();
        boolean repeated = !first || repeat.getText().equals(password.getText());
        password.clear();
        repeat.clear();
        if (typed.length == 0) {
            problem.setText("The master password is empty.");
            return;
        }
        if (!repeated) {
            Arrays.fill(typed, '\0');
            problem.setText("The two passwords differ; type the new master password twice.");
            return;
        }
        Task<KeyVault> open = new Task<>() {
            @Override
            protected KeyVault call() throws Exception {
                try {
                    return KeyVault.open(file, typed, audit);
                } finally {
                    Arrays.fill(typed, '\0');
                }
            }
        };
        working.setVisible(true);
        getDialogPane().lookupButton(ButtonType.OK).setDisable(true);
        open.setOnSucceeded(e -> {
            setResult(open.getValue());
            close();
        });
        open.setOnFailed(e -> {
            working.setVisible(false);
            getDialogPane().lookupButton(ButtonType.OK).setDisable(false);
            problem.setText(open.getException().getMessage());
        });
        Thread t = new Thread(open, "key-vault-open");
        t.setDaemon(true);
        t.start();
    }
}
