package dev.osprey.app.alert;

import dev.osprey.core.alert.Alert;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * The in-app channel: alerts wait here until the window's next pulse takes them, so a burst of alerts never
 * floods the FX thread. When the window falls behind, the oldest waiting alert gives way to the newest.
 */
public final class InAppAlerts implements AlertChannel {
    private final BlockingQueue<Alert> pending;

    public InAppAlerts(int capacity) {
        this.pending = new ArrayBlockingQueue<>(capacity);
    }

    @Override
    public String name() {
        return "app";
    }

    @Override
    public void deliver(Alert alert) {
        while (!pending.offer(alert)) {
            pending.poll();
        }
    }

    /** Up to {@code max} waiting alerts, oldest first. */
    public List<Alert> drain(int max) {
        List<Alert> out = new ArrayList<>();
        pending.drainTo(out, max);
        return out;
    }
}
