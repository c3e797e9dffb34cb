package dev.osprey.core.venue;

/** Receives account events on the venue's thread; implementations hand them to their owner's queue. */
@FunctionalInterface
public interface AccountListener {
    void onAccountEvent(AccountEvent event);
}
