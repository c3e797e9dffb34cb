package dev.osprey.core.order;

public enum OrderType {
    /** Takes liquidity at any price, walking the book; whatever the book cannot fill is cancelled. */
    MARKET,
    /** Takes liquidity up to its price, then rests at that price until filled or cancelled (GTC). */
    LIMIT;

    public boolean needsPrice() {
        return this == LIMIT;
    }
}
