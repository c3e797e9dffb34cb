package dev.osprey.core.venue;

/** The start-up fetch of a venue's state. May block on the network: never call it on the engine thread. */
public interface StateFetch {
    VenueState fetchState();
}
