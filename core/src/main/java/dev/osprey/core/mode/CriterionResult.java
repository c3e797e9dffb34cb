package dev.osprey.core.mode;

import java.util.Objects;

/**
 * One criterion as measured: the value, the threshold it was held to, and, when it fails, what is missing in
 * words a trader can act on (empty when it passes).
 */
public record CriterionResult(Criterion criterion, double value, double threshold, boolean passed,
                              String explanation) {
    public CriterionResult {
        Objects.requireNonNull(criterion, "criterion");
        explanation = passed ? "" : Objects.requireNonNull(explanation, "explanation");
    }

    /** e.g. "Win rate (%) 38.10 > 45.00: FAIL (8 of 21 trades won; 2 more winning trades needed ...)". */
    public String text() {
        return String.format(java.util.Locale.ROOT, "%s %.2f %s %.2f: %s", criterion.label(), value,
                criterion.comparison(), threshold, passed ? "pass" : "FAIL (" + explanation + ")");
    }
}
