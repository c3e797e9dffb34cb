package dev.osprey.core.venue;

import java.util.Optional;

/**
 * What a venue can be asked about our account: the start-up state, and one order by client order id (how orders in
 * flight at a crash are resolved: never by sending them again). May block on the network: never call it on the
 * engine thread.
 */
public interface StateFetch {
    VenueState fetchState();

    /**
     * The venue's record of the order with this client order id, or empty when the venue has no such order (it never
     * arrived, or it is older than what the venue keeps).
     *
     * @throws UnsupportedOperationException when the venue cannot be asked
     */
    default Optional<VenueOrder> queryOrder(String symbol, String clientOrderId) {
        throw new UnsupportedOperationException("this venue cannot be queried by client order id");
    }
}
