package dev.osprey.core.venue;

import dev.osprey.core.order.Fill;

/** One execution. */
public record OrderFilled(Fill fill) implements AccountEvent {
    @Override
    public long timeMs() {
        return fill.timeMs();
    }
}
