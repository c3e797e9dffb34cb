package dev.osprey.core.engine;

import dev.osprey.core.mode.ValidationCriteria;

/**
 * How the engine watches live trading: every {@code everyMs} of engine time while a live mode runs, the trades made
 * since the stage began are judged under {@code criteria}, and a degraded record steps the mode down one stage.
 */
public record LiveReview(ValidationCriteria criteria, long everyMs) {
    public LiveReview {
        if (criteria == null || everyMs <= 0) {
            throw new IllegalArgumentException("a live review needs criteria and a period > 0 ms");
        }
    }
}
