package dev.osprey.app.ui;

import dev.osprey.app.config.ConfigException;
import dev.osprey.app.config.OspreyConfig;
import dev.osprey.app.config.UserConfigFile;
import dev.osprey.app.install.BuildInfo;
import dev.osprey.app.install.DataDir;
import dev.osprey.app.install.FirstRunTips;
import dev.osprey.app.install.HelpMenu;
import dev.osprey.app.keys.KeyAudit;
import dev.osprey.app.keys.KeyVault;
import dev.osprey.app.keys.KeysMenu;
import dev.osprey.app.keys.MasterPasswordDialog;
import dev.osprey.app.report.ReportMenu;
import dev.osprey.app.ui.layout.Appearance;
import dev.osprey.app.ui.layout.LayoutFile;
import dev.osprey.app.ui.layout.LayoutState;
import dev.osprey.app.ui.start.ConnectingView;
import dev.osprey.app.ui.start.DeskStart;
import dev.osprey.app.ui.start.VenueMenu;
import dev.osprey.app.wiring.Desk;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.MenuBar;
import javafx.scene.image.Image;
import javafx.stage.Stage;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The JavaFX application: starts the desk the config names (paper, or a live venue after the master password
 * unlocks its key) off the FX thread behind a connecting screen, shows it, and switches venue from the Venue menu.
 */
public final class WorkstationApp extends Application {
    private static volatile OspreyConfig initialConfig;
    private static volatile boolean exitAfterFirstFrame;
    private static volatile DataDir dataDir;
    private static volatile Path configFile;

    private Stage stage;
    private KeyVault vault;
    private Desk desk;
    private Workstation workstation;
    private DeskStart starting;

    /**
     * Launches the window and blocks until it is closed. {@code file}: the trader's config file, where a venue picked
     * in the window is kept (null: not kept).
     */
    public static void launch(OspreyConfig cfg, boolean smoke, DataDir data, Path file) {
        prepare(cfg, smoke, data, file);
        Application.launch(WorkstationApp.class);
    }

    /** What the next {@link #start(Stage)} uses (tests start the application on TestFX's stage). */
    static void prepare(OspreyConfig cfg, boolean smoke, DataDir data, Path file) {
        initialConfig = cfg;
        exitAfterFirstFrame = smoke;
        dataDir = data;
        configFile = file;
    }

    @Override
    public void start(Stage primary) {
        this.stage = primary;
        stage.titleProperty().unbind();
        stage.setTitle("Osprey");
        try (InputStream icon = WorkstationApp.class.getResourceAsStream("/osprey/icons/osprey-256.png")) {
            if (icon != null) {
                stage.getIcons().add(new Image(icon));
            }
        } catch (IOException ignored) {
            // a missing icon is cosmetic
        }
        startDesk(initialConfig, null);
    }

    /** Shows the connecting screen and starts the desk on {@code config}'s venue behind it. */
    private void startDesk(OspreyConfig config, Desk closing) {
        if (vault == null && !config.venue().paper() && dataDir != null) {
            vault = new MasterPasswordDialog(null, dataDir.keyVault(), KeyAudit.NONE).showAndWait().orElse(null);
        }
        String venue = VenueMenu.Choice.of(config.venue()).label();
        ConnectingView view = new ConnectingView(venue, () -> starting.cancel());
        Scene scene = new Scene(view.root(), 720, 420);
        Appearance.apply(scene, view.root(), look(config));
        stage.titleProperty().unbind();
        stage.setTitle("Osprey — starting on " + venue);
        stage.setScene(scene);
        stage.sizeToScene();
        stage.centerOnScreen();
        stage.show();
        starting = DeskStart.begin(closing, config, vault, dataDir == null ? null : dataDir.root(), this::show,
                why -> view.failed(venue, why, new ConnectingView.Choices() {
                    @Override
                    public void retry() {
                        startDesk(config, null);
                    }

                    @Override
                    public void paperInstead() {
                        // for this run only: the config keeps the venue the trader chose
                        startDesk(config.withVenue(config.venue().withKind(OspreyConfig.VenueChoice.PAPER, false)),
                                null);
                    }

                    @Override
                    public void quit() {
                        Platform.exit();
                    }
                }));
    }

    /** The theme and font size the trader left the window in, for the connecting screen too. */
    private static LayoutState look(OspreyConfig config) {
        LayoutState defaults = LayoutState.defaults(config.ui().theme(), config.ui().fontScale());
        return dataDir == null ? defaults : LayoutFile.in(dataDir.root()).load().orElse(defaults);
    }

    private void show(Desk started) {
        this.desk = started;
        this.starting = null;
        workstation = new Workstation(desk, desk.validationSource(),
                dataDir == null ? null : LayoutFile.in(dataDir.root()));
        workstation.onFirstBookFrame(this::firstBookFrame);
        stage.setScene(workstation.scene());
        // the connecting screen was smaller: the window takes the desk's size and is centred again
        stage.sizeToScene();
        stage.centerOnScreen();
        stage.titleProperty().bind(workstation.windowTitle());
        MenuBar bar = HelpMenu.attach(stage.getScene(), BuildInfo.load(), dataDir);
        JournalMenu.addTo(bar, desk, stage);
        if (dataDir != null) {
            ReportMenu.addTo(bar, stage, desk.config(), desk.config().journalFolder(dataDir.root()),
                    dataDir.root().resolve("reports"));
            KeysMenu.addTo(bar, stage, dataDir.keyVault(), desk.keyAudit(), vault, desk::checkKeyPermissions);
        }
        VenueMenu.addTo(bar, desk.config().venue(), pick -> switchTo(pick, desk.config()));
        if (desk.startup().worthShowing() && !exitAfterFirstFrame) {
            JournalMenu.showStartupReport(desk, stage);
        }
        if (dataDir != null) {
            FirstRunTips.showIfDue(stage, dataDir, exitAfterFirstFrame);
        }
    }

    /**
     * Closes the running desk and starts one on {@code pick}, once the trader confirms: the working orders stay at
     * the old venue and are reconciled when the desk comes back to it. The pick is kept in the trader's config.
     */
    private void switchTo(VenueMenu.Choice pick, OspreyConfig from) {
        if (!confirmed(pick, from)) {
            return;
        }
        OspreyConfig next;
        try {
            next = configFile == null ? from.withVenue(from.venue().withKind(pick.kind(), pick.testnet()))
                    : UserConfigFile.saveVenue(configFile, pick.kind(), pick.testnet());
        } catch (ConfigException e) {
            new Alert(Alert.AlertType.ERROR, "The venue was not changed: " + e.getMessage()).showAndWait();
            return;
        }
        // the old desk closes (its journal flushes, its venue disconnects) on the start thread, not on the FX thread
        Desk closing = desk;
        stopWorkstation();
        desk = null;
        startDesk(next, closing);
    }

    private boolean confirmed(VenueMenu.Choice pick, OspreyConfig from) {
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "Switch the desk from "
                + VenueMenu.Choice.of(from.venue()).label() + " to " + pick.label() + "?\n\nThis desk closes. Its "
                + "working orders stay at the venue and are reconciled when you come back to it; each venue keeps "
                + "its own journal.", ButtonType.OK, ButtonType.CANCEL);
        ask.initOwner(stage);
        ask.setHeaderText("Switch venue");
        Optional<ButtonType> answer = ask.showAndWait();
        return answer.isPresent() && answer.get() == ButtonType.OK;
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

    private void stopWorkstation() {
        if (workstation != null) {
            workstation.stop();
            workstation = null;
        }
    }

    private void closeDesk() {
        stopWorkstation();
        if (desk != null) {
            desk.close();
            desk = null;
        }
    }

    @Override
    public void stop() {
        if (starting != null) {
            starting.cancel();
        }
        closeDesk();
        if (vault != null) {
            vault.close();
        }
    }
}
