package dev.osprey.core.audit;

/** What kind of decision an audit record is about. */
public enum AuditKind {
    /** The engine accepted an order and is about to make it durable and send it. */
    ORDER_INTENT,
    /** Pre-trade risk refused an order. */
    RISK_REJECTION,
    /** An order went to a venue. */
    SUBMISSION,
    /** A venue reported on an order or the account (accepted, filled, cancelled, rejected, balances). */
    VENUE_UPDATE,
    KILL_SWITCH,
    BREAKER_TRIP,
    BREAKER_RESET,
    /** Paper to live or back. */
    MODE_CHANGE,
    CONFIG_CHANGE,
    /** An API key was stored; the payload names the venue and a label, never the key. */
    API_KEY_ADDED,
    API_KEY_REMOVED
}
