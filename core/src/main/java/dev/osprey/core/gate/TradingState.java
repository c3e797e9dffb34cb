package dev.osprey.core.gate;

/** Whether new orders may pass. Cancels pass in every state. */
public enum TradingState {
    ACTIVE,
    /** The emergency stop was pressed: new orders are refused until a trader re-arms. */
    HALTED
}
