package dev.osprey.app.keys;

import dev.osprey.core.venue.KeyPermissions;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.Arrays;
import java.util.Set;

/**
 * API keys per venue: the stored keys (masked), and a form to add a key or rotate a venue's key (storing over it),
 * or remove it. A stored key is never shown again in full. The secret field is cleared as soon as it is used.
 */
public final class KeysDialog extends Dialog<Void> {
    /** Venues whose API has no call that tells a key's permissions (Binance's apiRestrictions has one). */
    private static final Set<String> UNCHECKABLE = Set.of("kraken", "coinbase");
    private static final String WARNING_STYLE = "-fx-text-fill: #c62828; -fx-font-weight: bold;";
    private final KeyVault vault;
    private final PermissionCheck permissionCheck;
    private final Label permissions = new Label();
    private final ObservableList<KeyInfo> stored = FXCollections.observableArrayList();
    private final ComboBox<String> venue = new ComboBox<>(FXCollections.observableArrayList("binance",
            "binance-testnet", "kraken", "coinbase"));
    private final TextField label = new TextField();
    private final TextField key = new TextField();
    private final PasswordField secret = new PasswordField();
    private final PasswordField passphrase = new PasswordField();
    private final Label outcome = new Label();
    private final ListView<KeyInfo> list = new ListView<>(stored);

    public KeysDialog(Window owner, KeyVault vault, PermissionCheck permissionCheck) {
        this.vault = vault;
        this.permissionCheck = permissionCheck;
        initOwner(owner);
        setTitle("API keys");
        setHeaderText("Keys are encrypted in " + vault.file().getFileName() + " under your master password.");
        venue.setEditable(true);
        venue.getSelectionModel().selectFirst();
        venue.setId("keys-venue");
        label.setId("keys-label");
        label.setPromptText("e.g. desk key, read+trade, no withdrawals");
        key.setId("keys-key");
        secret.setId("keys-secret");
        passphrase.setId("keys-passphrase");
        passphrase.setPromptText("Coinbase only");
        outcome.setId("keys-outcome");
        outcome.setWrapText(true);
        permissions.setId("keys-permissions");
        permissions.setWrapText(true);
        permissions.setMaxWidth(520);
        list.setId("keys-list");
        list.setPrefHeight(120);
        list.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(KeyInfo k, boolean empty) {
                super.updateItem(k, empty);
                setText(empty || k == null ? null : k.venue() + " — " + k.label() + " — " + k.maskedKey());
            }
        });
        Button store = new Button("Store key (add or rotate)");
        store.setId("keys-store");
        store.setOnAction(e -> store());
        Button remove = new Button("Remove selected");
        remove.setId("keys-remove");
        remove.setOnAction(e -> removeSelected());
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        getDialogPane().setContent(new VBox(10, new Label("Stored keys"), list, form(), new HBox(8, store, remove),
                outcome, permissions));
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        refresh();
    }

    private GridPane form() {
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        g.setPadding(new Insets(6, 0, 0, 0));
        g.addRow(0, new Label("Venue"), venue);
        g.addRow(1, new Label("Label"), label);
        g.addRow(2, new Label("API key"), key);
        g.addRow(3, new Label("Secret"), secret);
        g.addRow(4, new Label("Passphrase"), passphrase);
        return g;
    }

    private void store() {
        char[] secretChars = secret.getText().toCharArray();
        char[] passphraseChars = passphrase.getText().toCharArray();
        secret.clear();
        passphrase.clear();
        try {
            ApiKey k = new ApiKey(venue.getValue(), label.getText(), key.getText(), secretChars, passphraseChars);
            boolean rotating = vault.key(k.venue()).isPresent();
            vault.store(k);
            key.clear();
            label.clear();
            outcome.setText((rotating ? "Rotated the " : "Stored the ") + k.venue() + " key " + k.masked()
                    + (rotating ? "; the venue signs with it from now on." : "."));
            checkPermissions(k.venue());
        } catch (IllegalArgumentException | KeyVaultException e) {
            outcome.setText("Not stored: " + e.getMessage());
        } finally {
            Arrays.fill(secretChars, '\0');
            Arrays.fill(passphraseChars, '\0');
        }
        refresh();
    }

    private void removeSelected() {
        KeyInfo k = list.getSelectionModel().getSelectedItem();
        try {
            vault.remove(k.venue());
            outcome.setText("Removed the " + k.venue() + " key " + k.maskedKey() + ".");
        } catch (KeyVaultException e) {
            outcome.setText("Not removed: " + e.getMessage());
        }
        refresh();
    }

    /** The running venue is asked at once; its answer lands here when it comes, on the FX thread. */
    private void checkPermissions(String venueName) {
        permissions.setStyle("");
        permissions.setText("");
        if (UNCHECKABLE.contains(venueName)) {
            // their APIs do not tell a key's permissions: say so as loudly as a failed check would
            permissions.setStyle(WARNING_STYLE);
            permissions.setText(venueName + " does not say what a key may do: on its website, make sure this key "
                    + "cannot withdraw and is restricted to your IP address.");
            return;
        }
        permissionCheck.check(venueName).ifPresent(answer -> {
            permissions.setText("Checking what the key may do…");
            answer.whenComplete((p, failure) -> Platform.runLater(() -> showPermissions(p, failure)));
        });
    }

    private void showPermissions(KeyPermissions p, Throwable failure) {
        String text;
        if (failure != null) {
            Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
            text = "Permission check failed: " + cause.getMessage();
        } else if (p.refusal().isPresent()) {
            text = "REFUSED for live trading: " + p.refusal().get();
        } else if (!p.warnings().isEmpty()) {
            text = String.join("\n", p.warnings());
        } else {
            text = "Permission check passed: the key can trade, cannot withdraw, and is IP-restricted.";
        }
        boolean alarming = failure != null || p.refusal().isPresent() || !p.warnings().isEmpty();
        // Loud on purpose: a refused or over-powered key must not read like a passed check.
        permissions.setStyle(alarming ? WARNING_STYLE : "");
        permissions.setText(text);
    }

    private void refresh() {
        stored.setAll(vault.list());
    }
}
