package dev.osprey.app.ui;

import dev.osprey.app.config.ConfigLoader;
import dev.osprey.app.config.OspreyConfig;
import dev.osprey.app.ui.layout.LayoutFile;
import dev.osprey.app.wiring.Desk;
import dev.osprey.app.wiring.ValidationSource;
import dev.osprey.core.engine.BookView;
import dev.osprey.core.market.FeedState;
import dev.osprey.core.order.Order;
import dev.osprey.core.order.OrderStatus;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Opens the real workstation on the bundled BTCUSDT capture replayed at max speed without looping, so the book
 * settles on the capture's last state and a test trades against a known, real book.
 */
final class WorkstationHarness {
    final Desk desk;
    final Workstation workstation;
    private final Stage stage;

    private WorkstationHarness(Desk desk, Workstation workstation, Stage stage) {
        this.desk = desk;
        this.workstation = workstation;
        this.stage = stage;
    }

    /** {@code speed}: "max" settles on the capture's last book at once; a multiple such as "20" keeps it moving. */
    static WorkstationHarness open(Stage stage, String speed) throws Exception {
        return open(stage, speed, Desk::validationSource, UnaryOperator.identity(), null, null);
    }

    /** As {@link #open(Stage, String)}, keeping the layout in {@code layout} as the installed app does. */
    static WorkstationHarness open(Stage stage, String speed, LayoutFile layout) throws Exception {
        return open(stage, speed, Desk::validationSource, UnaryOperator.identity(), null, layout);
    }

    /**
     * As {@link #open(Stage, String)}, with the bundled config changed by {@code adjust}, the mode dialog offered
     * the records {@code records} gives for the desk, (when not null) the desk's journal and paper ledger kept
     * in {@code dataDir} and the layout in {@code layout}.
     */
    static WorkstationHarness open(Stage stage, String speed, Function<Desk, ValidationSource> records,
                                   UnaryOperator<OspreyConfig> adjust, Path dataDir, LayoutFile layout)
            throws Exception {
        OspreyConfig base = adjust.apply(ConfigLoader.loadDefault());
        OspreyConfig cfg = base.withReplay(base.replay().withSpeed(speed, false));
        Desk desk = Desk.startPaper(cfg, dataDir);
        Workstation w = new Workstation(desk, records.apply(desk), layout);
        stage.setScene(w.scene());
        stage.titleProperty().bind(w.windowTitle());
        stage.show();
        return new WorkstationHarness(desk, w, stage);
    }

    static OspreyConfig config(String speed) throws Exception {
        OspreyConfig base = ConfigLoader.loadDefault();
        return base.withReplay(base.replay().withSpeed(speed, false));
    }

    void close() {
        stage.titleProperty().unbind();
        workstation.stop();
        desk.close();
    }

    /** Waits until the book on screen is in sync and replaying. */
    void awaitLiveBook() throws Exception {
        await(() -> {
            BookView b = desk.engine().latest().books().get("BTCUSDT");
            return b != null && b.feedState() == FeedState.LIVE && !b.asks().isEmpty();
        });
    }

    /** Waits until the replay has ended and the screen shows the final book. */
    void awaitSettledBook() throws Exception {
        await(() -> {
            BookView b = desk.engine().latest().books().get("BTCUSDT");
            return b != null && b.feedState() == FeedState.ENDED && !b.bids().isEmpty();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    static void await(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Rows of the blotter as the trader sees them. */
    static List<Order> blotterRows(FxRobot robot) {
        TableView<Order> t = robot.lookup("#blotter").queryTableView();
        return List.copyOf(t.getItems());
    }

    static boolean blotterShows(FxRobot robot, OrderStatus status) {
        return blotterRows(robot).stream().anyMatch(o -> o.status() == status);
    }
}
