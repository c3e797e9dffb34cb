package dev.osprey.app.ui;

import dev.osprey.app.config.OspreyConfig;
import dev.osprey.app.wiring.Desk;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.image.Image;
import javafx.stage.Stage;

import java.io.InputStream;
import java.lang.management.ManagementFactory;

/** The JavaFX application: starts a paper desk from the config handed over by {@code Main} and shows it. */
public final class WorkstationApp extends Application {
    private static volatile OspreyConfig config;
    private static volatile boolean exitAfterFirstFrame;

    private Desk desk;
    private Workstation workstation;

    /** Launches the window and blocks until it is closed. */
    public static void launch(OspreyConfig cfg, boolean smoke) {
        config = cfg;
        exitAfterFirstFrame = smoke;
        Application.launch(WorkstationApp.class);
    }

    @Override
    public void start(Stage stage) {
        desk = Desk.startPaper(config);
        workstation = new Workstation(desk);
        workstation.onFirstBookFrame(this::firstBookFrame);
        stage.setTitle("Osprey — " + config.mode() + " — " + desk.instrument().symbol());
        try (InputStream icon = WorkstationApp.class.getResourceAsStream("/osprey/icons/osprey-256.png")) {
            if (icon != null) {
                stage.getIcons().add(new Image(icon));
            }
        } catch (java.io.IOException ignored) {
            // a missing icon is cosmetic
        }
        stage.setScene(workstation.scene());
        stage.show();
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
