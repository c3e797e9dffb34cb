package dev.osprey.binance;

/** Receives alerts on whichever thread raised them: hand them to the owner's queue. */
@FunctionalInterface
public interface VenueAlertListener {
    void onAlert(VenueAlert alert);
}
