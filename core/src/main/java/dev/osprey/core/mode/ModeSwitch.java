package dev.osprey.core.mode;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * The only way the trading mode changes. Legal moves: PAPER to LIVE_MINIMAL with a passing report; up the live
 * ladder one stage at a time with a passing report for the current stage and its days served; down a stage by
 * itself when a rolling report shows degradation; anything to EMERGENCY_STOP; EMERGENCY_STOP to PAPER by re-arm
 * only; a live mode back to PAPER or LIVE_MINIMAL at the trader's word (that only lowers risk). Everything else is
 * refused with its reason and logged. Listeners hear every change: the desk applies the new risk limits, engages
 * the kill switch on a stop, and writes {@link ModeChange#toAuditRecord()} to the audit trail.
 */
public final class ModeSwitch {
    private static final Logger LOG = LoggerFactory.getLogger(ModeSwitch.class);
    private static final long MS_PER_DAY = 86_400_000L;

    private final LiveStages stages;
    private final LongSupplier clock;
    private final List<Consumer<ModeChange>> listeners = new CopyOnWriteArrayList<>();
    private final List<ModeChange> history = new ArrayList<>();
    private TradingMode mode = TradingMode.PAPER;
    private int stage = -1;
    private long stageSinceMs;

    /** Starts in PAPER. {@code clock} is wall time in epoch ms. */
    public ModeSwitch(LiveStages stages, LongSupplier clock) {
        this.stages = Objects.requireNonNull(stages, "stages");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public void addListener(Consumer<ModeChange> listener) {
        listeners.add(listener);
    }

    /** Routes a request from the mode dialog to the transition it means. {@code report} may be null when unused. */
    public synchronized SwitchOutcome request(TradingMode target, ValidationReport report, String who, String why) {
        if (target == mode) {
            return refuse(SwitchRefusal.ALREADY_IN_MODE, target.name());
        }
        if (target == TradingMode.EMERGENCY_STOP) {
            return emergencyStop(who, why);
        }
        if (mode == TradingMode.EMERGENCY_STOP) {
            return refuse(SwitchRefusal.REARM_REQUIRED, "now EMERGENCY_STOP, asked for " + target);
        }
        if (target == TradingMode.LIVE_MINIMAL) {
            return mode == TradingMode.PAPER ? goLive(report, who, why) : stepDownTo(0, who, why);
        }
        if (target == TradingMode.LIVE_SCALED) {
            return mode == TradingMode.PAPER
                    ? refuse(SwitchRefusal.ILLEGAL_TRANSITION, "PAPER goes live at LIVE_MINIMAL first")
                    : scaleUp(report, who, why);
        }
        return toPaper(who, why);
    }

    /** PAPER to LIVE_MINIMAL, only on a passing report. */
    public synchronized SwitchOutcome goLive(ValidationReport report, String who, String why) {
        if (mode != TradingMode.PAPER) {
            return refuse(SwitchRefusal.ILLEGAL_TRANSITION, "LIVE_MINIMAL is entered from PAPER; now " + mode);
        }
        return checkReport(report).orElseGet(() -> change(TradingMode.LIVE_MINIMAL, 0, who, why, false));
    }

    /** One stage up, on a passing report that covers only the current stage, once its days are served. */
    public synchronized SwitchOutcome scaleUp(ValidationReport report, String who, String why) {
        if (!mode.isLive()) {
            return refuse(SwitchRefusal.NOT_LIVE, "now " + mode);
        }
        if (stage >= stages.highest()) {
            return refuse(SwitchRefusal.NO_HIGHER_STAGE, "stage " + stage + " of " + stages.highest());
        }
        if (report != null && report.fromMs() < stageSinceMs) {
            return refuse(SwitchRefusal.REPORT_NOT_FOR_STAGE, "report starts " + Instant.ofEpochMilli(
                    report.fromMs()) + ", stage " + stage + " began " + Instant.ofEpochMilli(stageSinceMs));
        }
        SwitchOutcome failing = checkReport(report).orElse(null);
        if (failing != null) {
            return failing;
        }
        double days = daysAtStage();
        int needed = stages.stage(stage + 1).minDaysAtPreviousStage();
        if (days < needed) {
            return refuse(SwitchRefusal.TOO_SOON_TO_SCALE, String.format(Locale.ROOT,
                    "%.1f days at stage %d, %d needed (%.1f more)", days, stage, needed, needed - days));
        }
        return change(TradingMode.LIVE_SCALED, stage + 1, who, why, false);
    }

    /**
     * Judges a rolling report of live trading; on degradation steps down one stage (from LIVE_MINIMAL to PAPER).
     * Degradation is any failing criterion once the report has enough evidence (its duration and trade count
     * pass); before that only drawdown and unresolved errors count, since a quiet week is not a bad one.
     */
    public synchronized SwitchOutcome review(ValidationReport rolling) {
        if (!mode.isLive()) {
            return refuse(SwitchRefusal.NOT_LIVE, "now " + mode);
        }
        List<CriterionResult> degraded = Degradation.of(rolling);
        if (degraded.isEmpty()) {
            return SwitchOutcome.unchanged("rolling report shows no degradation");
        }
        String why = "degradation: " + degraded.stream().map(r -> r.criterion().key() + " " + r.explanation())
                .reduce((a, b) -> a + "; " + b).orElse("");
        return stage == 0 ? change(TradingMode.PAPER, -1, "system", why, true)
                : change(stage == 1 ? TradingMode.LIVE_MINIMAL : TradingMode.LIVE_SCALED, stage - 1, "system", why,
                true);
    }

    /** From any mode. Never refused for a missing reason: the stop must always work. */
    public synchronized SwitchOutcome emergencyStop(String who, String why) {
        if (mode == TradingMode.EMERGENCY_STOP) {
            return SwitchOutcome.unchanged("already stopped");
        }
        return change(TradingMode.EMERGENCY_STOP, -1, blankAs(who, "unknown"), blankAs(why, "emergency stop"),
                false);
    }

    /** EMERGENCY_STOP to PAPER: the only way out of a stop. */
    public synchronized SwitchOutcome rearm(String who, String why) {
        if (mode != TradingMode.EMERGENCY_STOP) {
            return refuse(SwitchRefusal.NOT_STOPPED, "now " + mode);
        }
        return change(TradingMode.PAPER, -1, who, why, false);
    }

    private SwitchOutcome toPaper(String who, String why) {
        return change(TradingMode.PAPER, -1, who, why, false);
    }

    private SwitchOutcome stepDownTo(int target, String who, String why) {
        return change(target == 0 ? TradingMode.LIVE_MINIMAL : TradingMode.LIVE_SCALED, target, who, why, false);
    }

    private Optional<SwitchOutcome> checkReport(ValidationReport report) {
        if (report == null) {
            return Optional.of(refuse(SwitchRefusal.REPORT_FAILING, "no report given"));
        }
        if (!report.passed()) {
            LOG.warn("Mode change refused: {}: {}", SwitchRefusal.REPORT_FAILING.message(), report.failureSummary());
            return Optional.of(SwitchOutcome.refused(report));
        }
        return Optional.empty();
    }

    private SwitchOutcome change(TradingMode to, int toStage, String who, String why, boolean automatic) {
        if (who == null || who.isBlank() || why == null || why.isBlank()) {
            return refuse(SwitchRefusal.WHO_AND_WHY_REQUIRED, "who='" + who + "', why='" + why + "'");
        }
        long now = clock.getAsLong();
        ModeChange c = new ModeChange(mode, stage, to, toStage, who, why, now, automatic);
        mode = to;
        stage = toStage;
        stageSinceMs = now;
        history.add(c);
        LOG.info("Mode {}", c.text());
        for (Consumer<ModeChange> l : listeners) {
            try {
                l.accept(c);
            } catch (RuntimeException e) {
                // The change has happened; one failing listener must not keep it from the others.
                LOG.error("mode listener failed on {}", c.text(), e);
            }
        }
        return SwitchOutcome.changed(c);
    }

    private SwitchOutcome refuse(SwitchRefusal why, String detail) {
        LOG.warn("Mode change refused in {}: {} ({})", mode, why.message(), detail);
        return SwitchOutcome.refused(why, detail);
    }

    private static String blankAs(String s, String fallback) {
        return s == null || s.isBlank() ? fallback : s;
    }

    public synchronized TradingMode mode() {
        return mode;
    }

    /** The live stage (0 = LIVE_MINIMAL), or -1 outside the live ladder. */
    public synchronized int stage() {
        return stage;
    }

    /** When the current mode and stage began: the last scale, up or down. */
    public synchronized long stageSinceMs() {
        return stageSinceMs;
    }

    public synchronized double daysAtStage() {
        return (clock.getAsLong() - stageSinceMs) / (double) MS_PER_DAY;
    }

    /**
     * The profile in force: PAPER trades under the configured limits, a live mode under its stage's profile, and
     * EMERGENCY_STOP under the tightest stage's (the gate is what stops orders; the limits only matter after).
     */
    public synchronized RiskProfile riskProfile() {
        if (mode == TradingMode.PAPER) {
            return RiskProfile.unrestricted();
        }
        return stages.stage(mode.isLive() ? stage : 0).profile();
    }

    public synchronized List<ModeChange> history() {
        return List.copyOf(history);
    }
}
