package dev.osprey.core.mode;

import java.util.List;
import java.util.Set;

/** Which failing criteria of a rolling report mean live trading got worse, rather than that it was quiet. */
final class Degradation {
    private static final Set<Criterion> EVIDENCE = Set.of(Criterion.DURATION, Criterion.TRADES);
    private static final Set<Criterion> ALWAYS = Set.of(Criterion.MAX_DRAWDOWN, Criterion.UNRESOLVED_ERRORS);

    private Degradation() {
    }

    static List<CriterionResult> of(ValidationReport rolling) {
        boolean enoughEvidence = rolling.results().stream()
                .filter(r -> EVIDENCE.contains(r.criterion())).allMatch(CriterionResult::passed);
        return rolling.failures().stream()
                .filter(r -> !EVIDENCE.contains(r.criterion()))
                .filter(r -> enoughEvidence || ALWAYS.contains(r.criterion()))
                .toList();
    }
}
