package dev.osprey.core.engine;

import dev.osprey.core.mode.LiveStages;
import dev.osprey.core.mode.ModeChange;
import dev.osprey.core.mode.ModeSwitch;
import dev.osprey.core.mode.SwitchOutcome;
import dev.osprey.core.mode.TradingMode;
import dev.osprey.core.risk.PreTradeRisk;
import dev.osprey.core.risk.RiskLimits;
import dev.osprey.core.risk.RiskView;

import java.math.BigDecimal;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * The mode switch on the engine thread: mode requests arrive as commands, the emergency stop and re-arm move it
 * too, and every change puts the new mode's risk profile into pre-trade risk before the next order is checked.
 * The configured limits are the base each profile tightens; PAPER trades under them as they are.
 */
final class TradingModes {
    private final ModeSwitch modes;
    private final PreTradeRisk risk;
    private final RiskLimits base;
    private final RiskView view;
    private String lastAnswer = "";
    private boolean lastRefused;

    TradingModes(LiveStages stages, LongSupplier wallClock, PreTradeRisk risk, RiskView view) {
        this.modes = new ModeSwitch(stages, wallClock);
        this.risk = risk;
        this.base = risk.limits();
        this.view = view;
        modes.addListener(this::changed);
    }

    /** A trader's (or the desk's) request; the answer is kept for the screen and returned for the notice. */
    String request(Command.SwitchMode m) {
        SwitchOutcome o = modes.request(m.target(), m.report(), m.who(), m.why());
        lastAnswer = o.text();
        lastRefused = o.isRefused();
        return (o.isRefused() ? "Mode change refused: " : "Mode: ") + o.text();
    }

    void stopped(String who, String why) {
        modes.emergencyStop(who, why);
    }

    void rearmed(String who, String why) {
        if (modes.mode() == TradingMode.EMERGENCY_STOP) {
            modes.rearm(who, why);
        }
    }

    void addListener(Consumer<ModeChange> listener) {
        modes.addListener(listener);
    }

    ModeView view() {
        return new ModeView(modes.mode(), modes.stage(), modes.riskProfile(), lastAnswer, lastRefused);
    }

    /** Any change, asked for or not (a stop, a re-arm), replaces the answer shown and applies the new limits. */
    private void changed(ModeChange c) {
        lastAnswer = c.text();
        lastRefused = false;
        applyProfile();
    }

    private void applyProfile() {
        BigDecimal equity = view.equity();
        risk.limits(modes.riskProfile().toRiskLimits(base, equity.signum() > 0 ? equity : null));
    }
}
