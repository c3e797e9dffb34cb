package dev.osprey.xchange;

import dev.osprey.core.order.OrderRequest;
import dev.osprey.core.venue.Balance;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.knowm.xchange.currency.CurrencyPair;

/**
 * A venue's signed REST calls through its XChange Raw trade and account services, in our terms. Each call blocks on
 * the network and throws what XChange throws; {@link VenueErrors} says what that means.
 */
interface AccountApi {

    /** What the venue keeps of our client order id (its userref / client_oid), derived so it can be recomputed. */
    String clientRef(String clientOrderId);

    /** Places the order carrying {@link #clientRef}; returns the venue's order id. */
    String place(OrderRequest request, CurrencyPair pair) throws IOException;

    void cancel(String venueOrderId) throws IOException;

    List<OrderReport> openOrders() throws IOException;

    /** The venue's record of each order named; one it no longer knows is left out. */
    List<OrderReport> orders(Collection<String> venueOrderIds) throws IOException;

    /** Every fill of the order. */
    List<VenueFill> fills(OrderReport order) throws IOException;

    /** The order placed with this client order id, open or finished, if the venue has it. */
    Optional<OrderReport> byClientId(String clientOrderId, CurrencyPair pair) throws IOException;

    List<Balance> balances() throws IOException;
}
