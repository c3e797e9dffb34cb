package dev.osprey.app.ui.ladder;

/** The ladder's columns, left to right: what a click in each of them does is decided by {@link LadderPane}. */
public enum LadderColumn {
    /** Own working buy orders at the row's price: click cancels, drag moves. */
    OWN_BUY,
    /** Resting bid size: click places a buy limit at the row's price. */
    BID,
    PRICE,
    /** Resting ask size: click places a sell limit at the row's price. */
    ASK,
    /** Own working sell orders at the row's price. */
    OWN_SELL
}
