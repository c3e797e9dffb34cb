package dev.osprey.app.ui.start;

import dev.osprey.app.config.OspreyConfig;
import dev.osprey.app.keys.KeyVault;
import dev.osprey.app.wiring.Desk;
import javafx.concurrent.Task;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Starts a desk off the FX thread: restoring the journal, reaching a live venue and reconciling can take seconds,
 * and the window must keep painting and answer Cancel meanwhile. Exactly one of the callbacks runs, on the FX thread.
 * A desk that finishes starting after Cancel is closed at once, never left running unseen.
 */
public final class DeskStart {
    private final Task<Desk> task;
    private final AtomicReference<Desk> started = new AtomicReference<>();

    private DeskStart(Desk closing, OspreyConfig config, KeyVault vault, Path dataDir) {
        this.task = new Task<>() {
            @Override
            protected Desk call() throws Exception {
                if (closing != null) {
                    closing.close();
                }
                Desk desk = Desk.start(config, vault, dataDir);
                started.set(desk);
                return desk;
            }
        };
    }

    /**
     * Begins at once on its own daemon thread. {@code closing}: the desk this one replaces (null: none); it is closed
     * there first, so its journal and venue are done before the next desk opens its own.
     */
    public static DeskStart begin(Desk closing, OspreyConfig config, KeyVault vault, Path dataDir,
                                  Consumer<Desk> onStarted, Consumer<String> onFailed) {
        DeskStart s = new DeskStart(closing, config, vault, dataDir);
        s.task.setOnSucceeded(e -> onStarted.accept(s.task.getValue()));
        s.task.setOnFailed(e -> onFailed.accept(why(s.task.getException())));
        s.task.setOnCancelled(e -> {
            Desk late = s.started.getAndSet(null);
            if (late != null) {
                late.close();
            }
            onFailed.accept("Cancelled: nothing was sent to the venue.");
        });
        Thread t = new Thread(s.task, "desk-start");
        t.setDaemon(true);
        t.start();
        return s;
    }

    public void cancel() {
        task.cancel(true);
    }

    private static String why(Throwable t) {
        if (t == null) {
            return "unknown error";
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
