package dev.osprey.core.engine;

import dev.osprey.core.mode.RiskProfile;
import dev.osprey.core.mode.TradingMode;

/**
 * The trading mode as the screen shows it: the mode, its live stage (-1 outside the ladder), the risk profile in
 * force, and the answer to the last mode request (empty before the first).
 */
public record ModeView(TradingMode mode, int stage, RiskProfile profile, String lastAnswer, boolean lastRefused) {

    public static ModeView paper() {
        return new ModeView(TradingMode.PAPER, -1, RiskProfile.unrestricted(), "", false);
    }
}
