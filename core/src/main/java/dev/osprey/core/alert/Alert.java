package dev.osprey.core.alert;

import java.util.Objects;

/**
 * One alert as every channel delivers it. {@code timeMs} is engine time (the market's clock in a replay); the text
 * is for a human and never carries secrets.
 */
public record Alert(AlertKind kind, Severity severity, long timeMs, String title, String text) {
    public Alert {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(text, "text");
        title = title == null ? kind.title() : title;
    }

    /** An alert of {@code kind} at its own severity. */
    public static Alert of(AlertKind kind, long timeMs, String text) {
        return new Alert(kind, kind.severity(), timeMs, kind.title(), text);
    }
}
