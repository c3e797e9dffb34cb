package dev.osprey.core.order;

/** How long an order may work. GTD carries an expiry time in the request. */
public enum TimeInForce {
    /** Good till cancelled. */
    GTC,
    /** Immediate or cancel: fill what can be filled now, expire the rest. */
    IOC,
    /** Fill or kill: fill all of it now, or nothing. */
    FOK,
    /** Good till date: works until its expiry time, then expires. */
    GTD
}
