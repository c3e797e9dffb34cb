package dev.osprey.core.order;

/** Whether a fill added liquidity (maker) or took it (taker): decides the fee rate. */
public enum Liquidity {
    MAKER, TAKER
}
