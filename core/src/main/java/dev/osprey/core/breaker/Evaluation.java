package dev.osprey.core.breaker;

import java.util.List;

/**
 * What one call to the {@link CircuitBreaker} produced: the transitions, in order (journal each, alert on
 * {@link BreakerEvent.Kind#TRIPPED}), and the restriction to apply from now on.
 */
public record Evaluation(List<BreakerEvent> events, Restriction restriction) {
    public Evaluation {
        events = List.copyOf(events);
    }
}
