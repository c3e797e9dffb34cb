package dev.osprey.core.alert;

/** How loudly an alert asks for the trader's attention; channels are chosen per severity. */
public enum Severity {
    INFO,
    WARNING,
    CRITICAL;

    public boolean atLeast(Severity other) {
        return compareTo(other) >= 0;
    }
}
