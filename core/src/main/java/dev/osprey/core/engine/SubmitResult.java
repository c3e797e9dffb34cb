package dev.osprey.core.engine;

import dev.osprey.core.order.Rejection;

/** The caller's immediate answer: queued for the engine (with its client order id), or refused right away. */
public record SubmitResult(String clientOrderId, Rejection refusal) {

    public static SubmitResult queued(String clientOrderId) {
        return new SubmitResult(clientOrderId, null);
    }

    public static SubmitResult refused(String clientOrderId, Rejection why) {
        return new SubmitResult(clientOrderId, why);
    }

    public boolean isQueued() {
        return refusal == null;
    }
}
