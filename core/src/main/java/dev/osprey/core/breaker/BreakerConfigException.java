package dev.osprey.core.breaker;

/** A breaker configuration that cannot be used; the message names the trigger and what to fix. */
public final class BreakerConfigException extends IllegalArgumentException {
    public BreakerConfigException(String message) {
        super(message);
    }
}
