package dev.osprey.core.order;

/**
 * Order types a manual trader expects. Conditional types wait for a trigger price; when the venue has no native
 * support for one, the engine holds it and sends the {@link #onTrigger() triggered} order itself.
 */
public enum OrderType {
    /** Takes liquidity at any price, walking the book; whatever the book cannot fill expires. */
    MARKET,
    /** Takes liquidity up to its price, then rests at that price (per its time in force). */
    LIMIT,
    /** A market order once the last price reaches the stop (sell: at or below, buy: at or above). */
    STOP_MARKET,
    /** A limit order at {@code price} once the last price reaches the stop. */
    STOP_LIMIT,
    /** A market order once the last price reaches the target (sell: at or above, buy: at or below). */
    TAKE_PROFIT,
    /** A limit order at {@code price} once the last price reaches the target. */
    TAKE_PROFIT_LIMIT,
    /** A stop that follows the best price by a percent or a distance, then sends a market order. */
    TRAILING_STOP;

    public boolean needsPrice() {
        return this == LIMIT || this == STOP_LIMIT || this == TAKE_PROFIT_LIMIT;
    }

    public boolean needsStopPrice() {
        return this == STOP_MARKET || this == STOP_LIMIT || this == TAKE_PROFIT || this == TAKE_PROFIT_LIMIT;
    }

    /** Waits for a trigger before it trades. */
    public boolean isConditional() {
        return needsStopPrice() || this == TRAILING_STOP;
    }

    /** True for stop-loss style triggers (adverse move), false for take-profit style (favourable move). */
    public boolean isStopStyle() {
        return this == STOP_MARKET || this == STOP_LIMIT || this == TRAILING_STOP;
    }

    /** The plain type sent to the venue once a conditional order triggers. */
    public OrderType onTrigger() {
        return needsPrice() ? LIMIT : MARKET;
    }
}
