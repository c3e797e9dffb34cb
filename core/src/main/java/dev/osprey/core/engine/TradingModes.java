package dev.osprey.core.engine;

import dev.osprey.core.instrument.Instrument;
import dev.osprey.core.mode.LiveStages;
import dev.osprey.core.mode.TradeLedger;
import dev.osprey.core.mode.ValidationReport;
import dev.osprey.core.order.Fill;
import dev.osprey.core.mode.ModeChange;
import dev.osprey.core.mode.ModeSwitch;
import dev.osprey.core.mode.SwitchOutcome;
import dev.osprey.core.mode.TradingMode;
import dev.osprey.core.risk.PreTradeRisk;
import dev.osprey.core.risk.RiskLimits;
import dev.osprey.core.risk.RiskView;

import java.math.BigDecimal;
import java.util.Map;
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
    private final LiveReview review;
    private final Map<String, Instrument> instruments;
    /** Trades of the current live stage, judged by {@link #review}; null while not live. */
    private TradeLedger stageTrades;
    private long reviewDueMs;
    private final LongSupplier engineTime;

    TradingModes(LiveStages stages, LongSupplier wallClock, PreTradeRisk risk, RiskView view) {
        this(stages, wallClock, risk, view, null, Map.of(), wallClock);
    }

    /** {@code engineTime}: the engine's clock (market time), which the live record's equity curve runs on. */
    TradingModes(LiveStages stages, LongSupplier wallClock, PreTradeRisk risk, RiskView view, LiveReview review,
                 Map<String, Instrument> instruments, LongSupplier engineTime) {
        this.engineTime = engineTime;
        this.modes = new ModeSwitch(stages, wallClock);
        this.risk = risk;
        this.base = risk.limits();
        this.view = view;
        this.review = review;
        this.instruments = instruments;
        modes.addListener(this::changed);
    }

    /** A fill books into the live stage's record. */
    void onFill(Fill f) {
        if (stageTrades != null && instruments.containsKey(f.symbol())) {
            stageTrades.onFill(f);
        }
    }

    /** The last trade marks the live stage's open positions. */
    void onTrade(String symbol, BigDecimal price, long timeMs) {
        if (stageTrades != null && instruments.containsKey(symbol)) {
            stageTrades.mark(symbol, price, timeMs);
        }
    }

    /**
     * Once per review period of engine time while live: the stage's record is judged, and degradation steps the
     * mode down (the answer shows beside the mode badge). Returns the notice of a step down, else null.
     */
    String reviewIfDue(long nowMs) {
        if (review == null || stageTrades == null || nowMs < reviewDueMs) {
            return null;
        }
        reviewDueMs = nowMs + review.everyMs();
        SwitchOutcome o = modes.review(ValidationReport.evaluate(stageTrades.record(), review.criteria()));
        return o.isChanged() ? "Live review: " + o.text() : null;
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
        boolean live = modes.mode().isLive();
        if (live && review != null) {
            stageTrades = new TradeLedger(instruments, view.equity());
            stageTrades.open(engineTime.getAsLong());
            reviewDueMs = 0;
        } else if (!live) {
            stageTrades = null;
        }
    }

    private void applyProfile() {
        BigDecimal equity = view.equity();
        risk.limits(modes.riskProfile().toRiskLimits(base, equity.signum() > 0 ? equity : null));
    }
}
