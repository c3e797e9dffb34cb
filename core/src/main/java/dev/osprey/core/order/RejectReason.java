package dev.osprey.core.order;

/** Why an order was refused. Each reason is distinct so a trader knows exactly what to fix. */
public enum RejectReason {
    HALTED("Trading is HALTED by the emergency stop: re-arm before sending orders"),
    ENGINE_BUSY("The engine queue is full: try again"),
    UNKNOWN_SYMBOL("Unknown symbol"),
    QTY_NOT_POSITIVE("Quantity must be greater than zero"),
    QTY_BELOW_MIN("Quantity is below the minimum"),
    QTY_ABOVE_MAX("Quantity is above the maximum"),
    QTY_NOT_LOT_MULTIPLE("Quantity is not a multiple of the lot step"),
    PRICE_REQUIRED("A limit order needs a price"),
    PRICE_NOT_POSITIVE("Price must be greater than zero"),
    PRICE_NOT_TICK_MULTIPLE("Price is not a multiple of the tick size"),
    NOTIONAL_BELOW_MIN("Order value is below the minimum notional"),
    STOP_PRICE_REQUIRED("This order type needs a stop (trigger) price"),
    STOP_PRICE_NOT_TICK_MULTIPLE("Stop price is not a multiple of the tick size"),
    STOP_PRICE_WRONG_SIDE("The stop price would trigger at once"),
    TRAILING_REQUIRED("A trailing stop needs a trail (percent or price distance)"),
    TIF_NOT_ALLOWED("This time in force does not apply to this order type"),
    EXPIRY_REQUIRED("A GTD order needs an expiry time in the future"),
    POST_ONLY_NOT_LIMIT("Post-only applies to limit orders only"),
    POST_ONLY_WOULD_TAKE("Post-only order would take liquidity"),
    REDUCE_ONLY_WOULD_INCREASE("Reduce-only order would increase the position"),
    FOK_NOT_FILLABLE("Fill-or-kill order cannot be filled completely"),
    NOT_AMENDABLE("This order cannot be amended"),
    NO_MARKET_PRICE("No market price yet: wait for the book to sync"),
    DUPLICATE_CLIENT_ID("Client order id already used"),
    INSUFFICIENT_BALANCE("Insufficient balance"),
    NO_LIQUIDITY("The book has no liquidity on that side"),
    UNKNOWN_ORDER("No such working order"),
    BREAKER_STOPPED("Circuit breaker: trading is stopped until a trader re-arms"),
    BREAKER_VENUE_HALTED("Circuit breaker: this venue is halted"),
    BREAKER_PAUSED("Circuit breaker: trading is paused, no new orders"),
    BREAKER_EXITS_ONLY("Circuit breaker: only orders that reduce a position"),
    BREAKER_SYMBOL_CLOSING("Circuit breaker: this symbol's position is being closed"),
    BREAKER_PROBE_SPENT("Circuit breaker: the probe's entries are used up until its window ends"),
    RISK_SYMBOL_NOT_ALLOWED("Risk: symbol not allowed in this mode"),
    RISK_MIN_ORDER_VALUE("Risk: order value below the minimum"),
    RISK_MAX_ORDER_QTY("Risk: order quantity above the limit"),
    RISK_MAX_ORDER_NOTIONAL("Risk: order value above the limit"),
    RISK_PRICE_BAND("Risk: price too far from the mid (fat finger)"),
    RISK_ORDER_RATE("Risk: too many orders per second"),
    RISK_MAX_OPEN_ORDERS("Risk: too many open orders"),
    RISK_MIN_ACCOUNT_BALANCE("Risk: account value below the minimum to trade"),
    RISK_BUYING_POWER("Risk: not enough free balance"),
    RISK_STABLECOIN_RESERVE("Risk: order would eat into the stablecoin reserve"),
    RISK_MAX_POSITION("Risk: position would exceed its limit"),
    RISK_POSITION_PCT("Risk: position would exceed its share of the portfolio"),
    RISK_MAX_OPEN_POSITIONS("Risk: too many open positions"),
    RISK_CONCENTRATION("Risk: too much of the portfolio in one asset"),
    RISK_PORTFOLIO_HEAT("Risk: total risk at stop across positions would exceed the limit"),
    VENUE_REJECTED("Rejected by the venue"),
    NOT_DURABLE("The journal could not record the order, so it was not sent"),
    NEVER_SENT("Never reached the venue (found missing when reconciling after a restart)"),
    CANCEL_LOST("The cancel had not reached the venue before the restart");

    private final String message;

    RejectReason(String message) {
        this.message = message;
    }

    public String message() {
        return message;
    }
}
