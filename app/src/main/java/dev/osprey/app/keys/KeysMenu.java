package dev.osprey.app.keys;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Window;

import java.nio.file.Path;

/**
 * The window's Keys menu: "API keys…" opens the key dialog, asking for the master password first unless the vault
 * is already open (a live desk opens it at start). The vault stays open for the session, so a rotated key reaches
 * the live venue through the vault's listeners.
 */
public final class KeysMenu {
    private final Window owner;
    private final Path file;
    private final KeyAudit audit;
    private final PermissionCheck permissionCheck;
    private KeyVault vault;

    private KeysMenu(Window owner, Path file, KeyAudit audit, KeyVault vault, PermissionCheck permissionCheck) {
        this.owner = owner;
        this.file = file;
        this.audit = audit;
        this.vault = vault;
        this.permissionCheck = permissionCheck;
    }

    /** {@code open}: the vault the desk already unlocked, or null. */
    public static void addTo(MenuBar bar, Window owner, Path file, KeyAudit audit, KeyVault open,
                             PermissionCheck permissionCheck) {
        KeysMenu menu = new KeysMenu(owner, file, audit, open, permissionCheck);
        MenuItem item = new MenuItem("API keys…");
        item.setId("menu-api-keys");
        item.setOnAction(e -> menu.show());
        Menu keys = new Menu("Keys", null, item);
        keys.setId("menu-keys");
        bar.getMenus().add(0, keys);
    }

    private void show() {
        if (vault == null) {
            new MasterPasswordDialog(owner, file, audit).showAndWait().ifPresent(v -> vault = v);
        }
        if (vault != null) {
            new KeysDialog(owner, vault, permissionCheck).show();
        }
    }
}
