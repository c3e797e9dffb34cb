package dev.osprey.core.mode;

/**
 * What the desk is allowed to do with real money. Changes only through {@link ModeSwitch}, which knows the legal
 * moves; each mode trades under its own {@link RiskProfile}.
 */
public enum TradingMode {
    /** Real market data, simulated fills: where a strategy or a trader earns the right to go live. */
    PAPER,
    /** Real orders at the smallest size: the first live stage. */
    LIVE_MINIMAL,
    /** Real orders at a higher stage, reached one stage at a time. */
    LIVE_SCALED,
    /** Everything stopped; only a re-arm leaves it, and only back to PAPER. */
    EMERGENCY_STOP;

    public boolean isLive() {
        return this == LIVE_MINIMAL || this == LIVE_SCALED;
    }
}
