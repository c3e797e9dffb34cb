package dev.osprey.app.alert;

import dev.osprey.core.alert.Alert;

/** One way of telling the trader: a popup, a tone, an e-mail, a webhook. May block; {@link AlertRouter} isolates it. */
public interface AlertChannel {
    /** As written in the config's {@code alerts.channels}. */
    String name();

    void deliver(Alert alert) throws Exception;
}
