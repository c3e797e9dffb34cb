package dev.osprey.app.keys;

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

/**
 * API keys per venue: the stored keys (masked), and a form to add a key or rotate a venue's key (storing over it),
 * or remove it. A stored key is never shown again in full. The secret field is cleared as soon as it is used.
 */
public final class KeysDialog extends Dialog<Void> {
    private final KeyVault vault;
    private final ObservableList<KeyInfo> stored = FXCollections.observableArrayList();
    private final ComboBox<String> venue = new ComboBox<>(FXCollections.observableArrayList("binance",
            "binance-testnet"));
    private final TextField label = new TextField();
    private final TextField key = new TextField();
    private final PasswordField secret = new PasswordField();
    private final Label outcome = new Label();
    private final ListView<KeyInfo> list = new ListView<>(stored);

    public KeysDialog(Window owner, KeyVault vault) {
        this.vault = vault;
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
        outcome.setId("keys-outcome");
        outcome.setWrapText(true);
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
                outcome));
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
        return g;
    }

    private void store() {
        char[] secretChars = secret.getText().toCharArray();
        secret.clear();
        try {
            ApiKey k = new ApiKey(venue.getValue(), label.getText(), key.getText(), secretChars);
            boolean rotating = vault.key(k.venue()).isPresent();
            vault.store(k);
            key.clear();
            label.clear();
            outcome.setText((rotating ? "Rotated the " : "Stored the ") + k.venue() + " key " + k.masked()
                    + (rotating ? "; the venue signs with it from now on." : "."));
        } catch (IllegalArgumentException | KeyVaultException e) {
            outcome.setText("Not stored: " + e.getMessage());
        } finally {
            Arrays.fill(secretChars, '\0');
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

    private void refresh() {
        stored.setAll(vault.list());
    }
}
