package dev.osprey.core.engine;

/** Which price marks open positions for unrealised P&amp;L. */
public enum MarkPrice {
    /** The mid of the best bid and ask: what a position is worth without crossing the spread either way. */
    MID,
    /** The last trade: what the exchange's tickers show. */
    LAST
}
