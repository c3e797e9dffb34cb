package dev.osprey.app.alert;

import dev.osprey.core.alert.Alert;
import dev.osprey.core.alert.AlertRules;
import dev.osprey.core.engine.EngineSnapshot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Reads the engine's latest snapshot ten times a second on its own thread, runs the alert rules on it and hands
 * what they raise on. Neither the engine thread nor the FX thread does any of this work.
 */
final class AlertWatch implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AlertWatch.class);
    static final long PERIOD_MS = 100;

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "alert-watch");
        t.setDaemon(true);
        return t;
    });

    AlertWatch(Supplier<EngineSnapshot> latest, AlertRules rules, LongSupplier wallClock, Consumer<Alert> out) {
        timer.scheduleWithFixedDelay(() -> {
            try {
                rules.observe(latest.get(), wallClock.getAsLong()).forEach(out);
            } catch (RuntimeException e) {
                LOG.error("alert rules failed on a snapshot", e);
            }
        }, 0, PERIOD_MS, TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
