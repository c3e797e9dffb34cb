package dev.osprey.app.alert;

import dev.osprey.core.alert.Alert;
import dev.osprey.core.alert.Severity;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Hands each alert to the channels configured for its severity, each on its own queue; never blocks the caller. */
public final class AlertRouter implements AutoCloseable {
    private final Map<String, QueuedChannel> queues = new LinkedHashMap<>();
    private final Map<Severity, List<QueuedChannel>> routes = new EnumMap<>(Severity.class);

    /** {@code channels}: the available channels; {@code routes}: severity to channel names (all must exist). */
    public AlertRouter(List<AlertChannel> channels, Map<Severity, List<String>> routes, int queueCapacity) {
        for (AlertChannel c : channels) {
            queues.put(c.name(), new QueuedChannel(c, queueCapacity));
        }
        routes.forEach((severity, names) -> {
            List<QueuedChannel> list = new ArrayList<>();
            for (String name : names) {
                QueuedChannel q = queues.get(name);
                if (q == null) {
                    throw new IllegalArgumentException("alert channel '" + name + "' for " + severity
                            + " is not available; known: " + queues.keySet());
                }
                list.add(q);
            }
            this.routes.put(severity, List.copyOf(list));
        });
    }

    public void publish(Alert alert) {
        for (QueuedChannel q : routes.getOrDefault(alert.severity(), List.of())) {
            q.offer(alert);
        }
    }

    /** Alerts a channel failed to deliver (logged when they happened). */
    public long failures(String channel) {
        QueuedChannel q = queues.get(channel);
        return q == null ? 0 : q.failed();
    }

    @Override
    public void close() {
        queues.values().forEach(QueuedChannel::close);
    }
}
