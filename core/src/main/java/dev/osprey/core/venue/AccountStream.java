package dev.osprey.core.venue;

/** Order updates, fills and balance changes pushed by the venue. */
public interface AccountStream {
    void subscribe(AccountListener listener);
}
