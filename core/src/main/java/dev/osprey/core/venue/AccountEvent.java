package dev.osprey.core.venue;

/** What a venue's account stream reports: order updates, fills and balances. Times are venue time, epoch ms. */
public sealed interface AccountEvent
        permits OrderAccepted, OrderRejected, OrderFilled, OrderCanceled, OrderExpired, CancelRejected,
        BalancesChanged {

    long timeMs();
}
