package dev.osprey.core.breaker;

/**
 * One breaker's state. Every change goes through {@link #canMoveTo}; any other move is refused and reported as a
 * {@link BreakerEvent.Kind#REFUSED} event, never applied.
 */
public enum BreakerState {
    /** Trading as normal; the trigger is watched. */
    CLOSED,
    /** Tripped: the action holds until the cooldown releases it. */
    OPEN,
    /** Cooldown over: trading resumes at probe size; a trip re-opens, a clean probe window closes. */
    HALF_OPEN;

    public boolean canMoveTo(BreakerState next) {
        return switch (this) {
            case CLOSED -> next == OPEN;
            // OPEN -> CLOSED only by a trader's reset; the breaker itself always passes through a probe.
            case OPEN -> next == HALF_OPEN || next == CLOSED;
            case HALF_OPEN -> next == OPEN || next == CLOSED;
        };
    }
}
