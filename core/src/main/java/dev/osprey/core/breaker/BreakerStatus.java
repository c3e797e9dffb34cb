package dev.osprey.core.breaker;

/**
 * One breaker as a trader sees it (status bar, risk panel).
 *
 * @param scope   the venue of a venue-scoped breaker, else ""
 * @param sinceMs engine time of its last transition (0 if it never moved)
 * @param reason  why it last tripped ("" if it never did)
 */
public record BreakerStatus(String trigger, String scope, BreakerState state, BreakerAction action, long sinceMs,
                            String reason) {
}
