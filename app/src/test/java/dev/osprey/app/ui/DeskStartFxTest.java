package dev.osprey.app.ui;

import dev.osprey.app.config.ConfigLoader;
import dev.osprey.app.config.OspreyConfig;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The desk starts behind a connecting screen, off the FX thread: a venue that cannot be reached says why and offers
 * paper instead; a venue that hangs can be cancelled while the window stays responsive; a venue picked from the
 * Venue menu is kept in the trader's config and the desk restarts on it. Loopback only: the "venues" are a closed
 * port and a socket that never answers.
 */
@ExtendWith(ApplicationExtension.class)
class DeskStartFxTest {
    @TempDir
    Path dir;
    private final List<Socket> held = new CopyOnWriteArrayList<>();
    private ServerSocket silent;
    private WorkstationApp app;

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupApplication(app);
        if (silent != null) {
            silent.close();
        }
        for (Socket s : held) {
            s.close();
        }
    }

    private void launch(OspreyConfig config, Path configFile) throws Exception {
        FxToolkit.registerPrimaryStage();
        WorkstationApp.prepare(config, false, null, configFile);
        app = (WorkstationApp) FxToolkit.setupApplication(WorkstationApp::new);
    }

    @Test
    void whenTheVenueCannotBeReached_thenTheWindowSaysWhyAndStartsPaperOnRequest(FxRobot robot) throws Exception {
        launch(binanceAt(deadPort()), null);

        WorkstationHarness.await(() -> robot.lookup("#connecting-paper").tryQuery().isPresent());
        String why = robot.lookup("#connecting-detail").queryAs(Label.class).getText();
        assertTrue(why.contains("cannot start the binance desk"), why);

        robot.clickOn("#connecting-paper");
        WorkstationHarness.await(() -> robot.lookup("#market-tabs").tryQuery().isPresent());
        assertTrue(robot.lookup("#connecting").tryQuery().isEmpty(), "the connecting screen is gone");
    }

    @Test
    void whenTheVenueHangs_thenCancelWorksAtOnceAndNothingStarts(FxRobot robot) throws Exception {
        silent = new ServerSocket(0);
        Thread accept = new Thread(() -> {
            while (!silent.isClosed()) {
                try {
                    held.add(silent.accept()); // connected, never answered
                } catch (IOException e) {
                    return;
                }
            }
        }, "silent-venue");
        accept.setDaemon(true);
        accept.start();
        launch(binanceAt(silent.getLocalPort()), null);

        WorkstationHarness.await(() -> !held.isEmpty());
        Node cancel = robot.lookup("#connecting-cancel").query();
        robot.clickOn(cancel);
        WorkstationHarness.await(() -> robot.lookup("#connecting-retry").tryQuery().isPresent());
        String why = robot.lookup("#connecting-detail").queryAs(Label.class).getText();
        assertTrue(why.startsWith("Cancelled"), why);
        assertTrue(robot.lookup("#market-tabs").tryQuery().isEmpty(), "no desk was shown");
    }

    @Test
    void whenTheTraderPicksAnotherVenue_thenTheConfigKeepsItAndTheDeskRestartsThere(FxRobot robot) throws Exception {
        int dead = deadPort();
        Path file = dir.resolve("config.json");
        Files.writeString(file, "{\"replay\": {\"speed\": \"max\"}, \"venue\": {\"kind\": \"paper\", "
                + "\"restUrl\": \"http://127.0.0.1:" + dead + "\", \"marketStreamUrl\": \"ws://127.0.0.1:" + dead
                + "\", \"webSocketApiUrl\": \"ws://127.0.0.1:" + dead + "\"}}");
        launch(ConfigLoader.load(file), file);
        WorkstationHarness.await(() -> robot.lookup("#market-tabs").tryQuery().isPresent());

        robot.clickOn("Venue").clickOn("Binance testnet");
        robot.clickOn("OK");

        WorkstationHarness.await(() -> robot.lookup("#connecting-retry").tryQuery().isPresent());
        OspreyConfig kept = ConfigLoader.load(file);
        assertEquals("binance", kept.venue().kind());
        assertTrue(kept.venue().testnet());
        assertEquals("max", kept.replay().speed(), "the rest of the trader's file is untouched");
        String heading = robot.lookup("#connecting-heading").queryAs(Label.class).getText();
        assertTrue(heading.contains("Binance testnet"), heading);
    }

    private static OspreyConfig binanceAt(int port) throws Exception {
        OspreyConfig base = WorkstationHarness.config("max");
        return base.withVenue(new OspreyConfig.VenueChoice("binance", false, "http://127.0.0.1:" + port,
                "ws://127.0.0.1:" + port, "ws://127.0.0.1:" + port));
    }

    private static int deadPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
