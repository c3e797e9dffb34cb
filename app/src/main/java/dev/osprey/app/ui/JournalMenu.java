package dev.osprey.app.ui;

import dev.osprey.app.wiring.Desk;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

import java.util.function.Supplier;

/**
 * The Journal menu: what the last start restored and reconciled, a reconciliation with the venue on demand, and a
 * check of the audit trail's hash chain. The slow parts run off the FX thread; their answer comes back in a dialog.
 */
public final class JournalMenu {
    private JournalMenu() {
    }

    public static Menu addTo(MenuBar bar, Desk desk, Window owner) {
        MenuItem startup = new MenuItem("Start-up report");
        startup.setId("menu-startup-report");
        startup.setOnAction(e -> showStartupReport(desk, owner));
        MenuItem reconcile = new MenuItem("Reconcile with the venue now");
        reconcile.setId("menu-reconcile");
        reconcile.setOnAction(e -> inBackground(owner, "Reconciliation", () -> desk.reconcileNow()
                .map(r -> r.text()).orElse("This desk keeps no journal: nothing to reconcile.")));
        MenuItem verify = new MenuItem("Verify audit trail");
        verify.setId("menu-verify-audit");
        verify.setOnAction(e -> inBackground(owner, "Audit trail", desk::verifyAudit));
        Menu journal = new Menu("Journal", null, startup, reconcile, verify);
        journal.setId("menu-journal");
        bar.getMenus().add(0, journal);
        return journal;
    }

    /** The dialog a start shows when it restored something or the venue differed from the journal. */
    public static void showStartupReport(Desk desk, Window owner) {
        show(owner, "Restored from the journal", desk.startup().text());
    }

    private static void inBackground(Window owner, String title, Supplier<String> work) {
        Thread t = new Thread(() -> {
            String text;
            try {
                text = work.get();
            } catch (RuntimeException ex) {
                text = "Failed: " + ex.getMessage();
            }
            String shown = text;
            Platform.runLater(() -> show(owner, title, shown));
        }, "journal-menu");
        t.setDaemon(true);
        t.start();
    }

    private static void show(Window owner, String title, String text) {
        Alert a = new Alert(Alert.AlertType.INFORMATION);
        a.initOwner(owner);
        a.setTitle(title);
        a.setHeaderText(title);
        TextArea area = new TextArea(text);
        area.setId("journal-report");
        area.setEditable(false);
        area.setWrapText(true);
        area.setPrefSize(720, 320);
        a.getDialogPane().setContent(area);
        a.show();
    }
}
