package dev.osprey.core.alert;

/** The built-in alerts, each with the severity it is raised at. */
public enum AlertKind {
    ORDER_FILLED(Severity.INFO, "Order filled"),
    ORDER_REJECTED(Severity.WARNING, "Order rejected"),
    POSITION_OPENED(Severity.INFO, "Position opened"),
    POSITION_CLOSED(Severity.INFO, "Position closed"),
    DAILY_LOSS_NEAR_LIMIT(Severity.WARNING, "Daily loss near its limit"),
    BREAKER_TRIPPED(Severity.WARNING, "Circuit breaker tripped"),
    KILL_SWITCH(Severity.CRITICAL, "Kill switch engaged"),
    VENUE_DISCONNECTED(Severity.WARNING, "Venue error or disconnect"),
    LATENCY_HIGH(Severity.WARNING, "Latency high"),
    DATA_STALE(Severity.WARNING, "Market data stale");

    private final Severity severity;
    private final String title;

    AlertKind(Severity severity, String title) {
        this.severity = severity;
        this.title = title;
    }

    public Severity severity() {
        return severity;
    }

    public String title() {
        return title;
    }
}
