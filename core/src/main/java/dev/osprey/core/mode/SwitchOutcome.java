package dev.osprey.core.mode;

import java.util.List;
import java.util.Optional;

/**
 * The answer to a mode request: the change made, or the refusal with its reason and specifics (for a failing
 * report, its failing criteria), or nothing to do (e.g. a rolling report that shows no degradation).
 */
public record SwitchOutcome(ModeChange change, SwitchRefusal refusal, String detail, List<CriterionResult> failing) {
    public SwitchOutcome {
        failing = List.copyOf(failing);
    }

    static SwitchOutcome changed(ModeChange change) {
        return new SwitchOutcome(change, null, change.text(), List.of());
    }

    static SwitchOutcome refused(SwitchRefusal why, String detail) {
        return new SwitchOutcome(null, why, detail, List.of());
    }

    static SwitchOutcome refused(ValidationReport report) {
        return new SwitchOutcome(null, SwitchRefusal.REPORT_FAILING, report.failureSummary(), report.failures());
    }

    static SwitchOutcome unchanged(String detail) {
        return new SwitchOutcome(null, null, detail, List.of());
    }

    public boolean isChanged() {
        return change != null;
    }

    public boolean isRefused() {
        return refusal != null;
    }

    public Optional<ModeChange> modeChange() {
        return Optional.ofNullable(change);
    }

    /** What the dialog shows: the refusal's message and specifics, or the change. */
    public String text() {
        return refusal == null ? detail : refusal.message() + (detail.isEmpty() ? "" : ": " + detail);
    }
}
