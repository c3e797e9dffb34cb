package dev.osprey.app.ui;

import dev.osprey.app.config.OspreyConfig;
import dev.osprey.app.install.BuildInfo;
import dev.osprey.app.install.DataDir;
import dev.osprey.app.install.FirstRunTips;
import dev.osprey.app.install.HelpMenu;
import dev.osprey.app.report.ReportMenu;
import dev.osprey.app.ui.layout.LayoutFile;
import dev.osprey.app.keys.KeyAudit;
import dev.osprey.app.keys.KeyVault;
import dev.osprey.app.keys.KeysMenu;
import dev.osprey.app.keys.MasterPasswordDialog;
import dev.osprey.app.wiring.Desk;
import dev.osprey.app.wiring.DeskStartException;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.MenuBar;
import javafx.scene.image.Image;
import javafx.stage.Stage;

import java.io.InputStream;
import java.lang.management.ManagementFactory;

/**
 * The JavaFX application: starts the desk the config names (paper, or a live venue after the master password
 * unlocks its key) and shows it.
 */
public final class WorkstationApp extends Application {
    private static volatile OspreyConfig config;
    private static volatile boolean exitAfterFirstFrame;
    private static volatile DataDir dataDir;

    private Desk desk;
    private Workstation workstation;

    /** Launches the window and blocks until it is closed. */
    public static void launch(OspreyConfig cfg, boolean smoke, DataDir data) {
        config = cfg;
        exitAfterFirstFrame = smoke;
        dataDir = data;
        Application.launch(WorkstationApp.class);
    }

    @Override
    public void start(Stage stage) {
        KeyVault vault = !config.venue().binance() || dataDir == null ? null
                : new MasterPasswordDialog(null, dataDir.keyVault(), KeyAudit.NONE).showAndWait().orElse(null);
        try {
            desk = Desk.start(config, vault, dataDir == null ? null : dataDir.root());
        } catch (DeskStartException e) {
            if (vault != null) {
                vault.close();
            }
            new Alert(Alert.AlertType.ERROR, e.getMessage()).showAndWait();
            Platform.exit();
            return;
        }
        workstation = new Workstation(desk, desk.validationSource(),
                dataDir == null ? null : LayoutFile.in(dataDir.root()));
        workstation.onFirstBookFrame(this::firstBookFrame);
        stage.titleProperty().bind(workstation.windowTitle());
        try (InputStream icon = WorkstationApp.class.getResourceAsStream("/osprey/icons/osprey-256.png")) {
            if (icon != null) {
                stage.getIcons().add(new Image(icon));
            }
        } catch (java.io.IOException ignored) {
            // a missing icon is cosmetic
        }
        stage.setScene(workstation.scene());
        MenuBar bar = HelpMenu.attach(stage.getScene(), BuildInfo.load(), dataDir);
        JournalMenu.addTo(bar, desk, stage);
        ReportMenu.addTo(bar, stage, config, desk.config().journal().folder(dataDir.root()),
                dataDir.root().resolve("reports"));
        if (dataDir != null) {
            KeysMenu.addTo(bar, stage, dataDir.keyVault(), desk.keyAudit(), vault, desk::checkKeyPermissions);
        }
        stage.show();
        if (desk.startup().worthShowing() && !exitAfterFirstFrame) {
            JournalMenu.showStartupReport(desk, stage);
        }
        FirstRunTips.showIfDue(stage, dataDir, exitAfterFirstFrame);
    }

    private void firstBookFrame() {
        long now = System.currentTimeMillis();
        long sinceJvmStart = now - ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.println("first frame showing the book: " + sinceJvmStart + " ms after JVM start (epoch ms " + now
                + ")");
        if (exitAfterFirstFrame) {
            Platform.exit();
        }
    }

    @Override
    public void stop() {
        if (workstation != null) {
            workstation.stop();
        }
        if (desk != null) {
            desk.close();
        }
    }
}
