package dev.osprey.core.venue;

/**
 * What a venue's account stream reports: order updates, fills and balances, and what it observes of its own health
 * (heartbeats, failed calls). Times are venue time, epoch ms.
 */
public sealed interface AccountEvent
        permits OrderAccepted, OrderRejected, OrderFilled, OrderCanceled, OrderExpired, CancelRejected,
        BalancesChanged, VenueHeartbeat, ApiCallFailed {

    long timeMs();
}
