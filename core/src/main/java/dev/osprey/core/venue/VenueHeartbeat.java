package dev.osprey.core.venue;

/**
 * The venue's connection is alive (a ping answered, a keep-alive received). The venue promises one every
 * {@code intervalMs}; the engine's breaker counts the intervals missed since the last one.
 */
public record VenueHeartbeat(long intervalMs, long timeMs) implements AccountEvent {
    public VenueHeartbeat {
        if (intervalMs <= 0) {
            throw new IllegalArgumentException("heartbeat interval must be > 0 ms, was " + intervalMs);
        }
    }
}
